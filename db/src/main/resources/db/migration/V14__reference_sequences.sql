-- Requests (DI) and single-window filings (GU) are numbered from PostgreSQL sequences, one per series and
-- year, instead of the counter row, which stayed locked until each filing committed and so let only one
-- filing at a time through: under load, filings queued behind each other (ADR 0014). A sequence hands out
-- its next number at once to every filing; a filing that fails after being numbered leaves a gap, never a
-- duplicate. Complaints to heads (RC) and to the Commission (CDAI) keep their gap-free counter: they are
-- registers, numbered one after the other, and far fewer.

create function next_reference_number(series text, year integer) returns bigint
language plpgsql as $$
declare
    sequence_name text := format('reference_%s_%s', lower(series), year);
begin
    begin
        return nextval(sequence_name::regclass);
    exception when undefined_table then
        null; -- the first number of the series this year
    end;
    begin
        execute format('create sequence if not exists %I', sequence_name);
    exception when unique_violation or duplicate_table then
        null; -- created at the same moment by another filing, which has committed since
    end;
    return nextval(sequence_name::regclass);
end $$;

-- The numbering goes on where the counters stopped.
do $$
declare
    counter record;
begin
    for counter in select series, year, last_value from reference_counter where series in ('DI', 'GU') loop
        execute format('create sequence %I start with %s',
                       format('reference_%s_%s', lower(counter.series), counter.year), counter.last_value + 1);
    end loop;
    delete from reference_counter where series in ('DI', 'GU');
end $$;
