-- French search folds accents: "equipement" finds "équipement", "ecole" finds "École" (citizens on a
-- phone often type without them, and the texts are written with them). The French part of the
-- disclosure log's vector, its queries and its excerpts go through a configuration of their own,
-- accesinfo_french: PostgreSQL's french with the unaccent dictionary before the stemmer. unaccent is
-- in PostgreSQL's contrib (shipped with it) and a trusted extension, which the database's owner may
-- create; where it cannot be created, accesinfo_french is PostgreSQL's french as it is and French
-- search keeps its accents, as before.
do $$
begin
    create extension if not exists unaccent;
exception when others then
    raise warning 'the unaccent extension could not be created (%): French search keeps accents', sqlerrm;
end
$$;

create text search configuration accesinfo_french (copy = french);
-- French stop words are listed with their accents ("à", "été"): they are taken out before the accents
-- are, or "à" would become the word "a" and a search for "accès à l'information" would ask for it.
create text search dictionary accesinfo_french_stop (template = simple, stopwords = french, accept = false);
do $$
declare
    dictionary text;
begin
    -- unaccent wherever it was installed (managed databases put extensions in a schema of their own)
    select format('%I.%I', n.nspname, d.dictname) into dictionary
        from pg_ts_dict d join pg_namespace n on n.oid = d.dictnamespace
        where d.dictname = 'unaccent'
        order by pg_ts_dict_is_visible(d.oid) desc limit 1;
    if dictionary is not null then
        execute format('alter text search configuration accesinfo_french'
            || ' alter mapping for hword, hword_part, word with accesinfo_french_stop, %s, french_stem',
            dictionary);
    end if;
end
$$;

-- The vector again, through the new configuration (the table is written once more: a few minutes for a
-- million entries), with its index and its statistics target (V17)
alter table disclosure_entry drop column search;
alter table disclosure_entry add column search tsvector generated always as (
    setweight(to_tsvector('accesinfo_french', subject), 'A')
    || setweight(to_tsvector('arabic', subject), 'A')
    || setweight(to_tsvector('accesinfo_french', request_text || ' ' || answer || ' ' || coalesce(withheld_parts, '')), 'B')
    || setweight(to_tsvector('arabic', request_text || ' ' || answer || ' ' || coalesce(withheld_parts, '')), 'B')
) stored;
create index disclosure_entry_search on disclosure_entry using gin (search);
alter table disclosure_entry alter column search set statistics 1000;
analyze disclosure_entry;
