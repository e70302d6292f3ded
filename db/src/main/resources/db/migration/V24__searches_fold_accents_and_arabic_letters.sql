-- Searches by part of a word fold what people type differently from what is written: "economie"
-- finds "Économie", "l’ecole" (the apostrophe a phone's keyboard puts) finds "l'École", "الامانة"
-- finds "الأمانة", "مدرسه" finds "مدرسة", and short vowels (harakat) and the tatweel count for
-- nothing. Used by the officers' search of their requests and the search of the catalogue of bodies
-- (citizens choosing where to file, routing officers' suggestions). Accents go through unaccent
-- (V23) where it was created; without it, only the Arabic letters and the apostrophes fold.
do $$
declare
    unaccented text;
    body text;
begin
    select format('%I.unaccent(%L::regdictionary, $1)', n.nspname, format('%I.%I', n.nspname, d.dictname))
        into unaccented
        from pg_ts_dict d join pg_namespace n on n.oid = d.dictnamespace
        where d.dictname = 'unaccent'
        order by pg_ts_dict_is_visible(d.oid) desc limit 1;
    if unaccented is null then
        raise warning 'the unaccent dictionary is missing: searches by part of a word keep accents';
        unaccented := '$1';
    end if;
    -- accents first (lower() leaves É as it is in a database whose locale is C), then the case, then
    -- harakat, superscript alef and tatweel taken out, then alef with hamza or madda and alef wasla
    -- to alef, alef maqsura to ya, ta marbuta to ha, typographic apostrophes to the straight one
    body := format('select translate(regexp_replace(lower(%s), %L, %L, %L), %L, %L)',
        unaccented, '[\u064B-\u065F\u0670\u0640]', '', 'g', 'أإآٱىة’‘ʼ', 'اااايه''''''');
    execute format('create function accesinfo_fold(text) returns text'
        || ' language sql immutable strict parallel safe as %L', body);
end
$$;

-- The requests' subjects folded once, when written, so that a search over a large body's requests
-- compares stored text as before (folding each row at each search costs about six times as much)
alter table information_request add column subject_folded text
    generated always as (accesinfo_fold(subject)) stored;
