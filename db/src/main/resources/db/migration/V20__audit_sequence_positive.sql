-- The check of the chain and the copies of the trail read it in parts, after the last sequence number
-- read, starting after 0: an entry given a number of 0 or less would be passed over by both. The chain
-- numbers from 1; the database now refuses any other.
alter table audit_entry add constraint audit_entry_seq_positive check (seq is null or seq > 0);
