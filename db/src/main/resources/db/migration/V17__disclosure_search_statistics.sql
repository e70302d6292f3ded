-- The disclosure log's search either walks the newest entries until it has enough matches (a common word)
-- or reads the text index for all matches (a rarer one), from the planner's estimate of how many entries
-- hold the words. With the default statistics target the planner knows about a thousand frequent words;
-- words of middling frequency (hundreds to a few thousand entries among a million) are then misjudged.
-- Ten times the target: measured on a million entries (docs/performance.md), such a search's p95 went
-- from 86-105 ms to 74-79 ms.
alter table disclosure_entry alter column search set statistics 1000;
analyze disclosure_entry;
