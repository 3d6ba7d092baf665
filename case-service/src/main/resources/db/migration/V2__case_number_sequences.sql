-- Case numbers now come from one sequence per (unit region, year), created on first use (case_seq_<region>_<year>):
-- a counter row serialised every case creation of a unit on its commit.
DROP TABLE case_number_counter;
