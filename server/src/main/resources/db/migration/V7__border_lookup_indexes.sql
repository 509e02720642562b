-- Found by the load benchmark (docs/load-benchmark.md): two look-ups made for every crossing read
-- whole tables, so each crossing got slower as the tables grew.
-- The movements of a crossing (Crossings.view, after every recorded decision).
CREATE INDEX border_movement_crossing ON border_movement (crossing_id);
-- People proposed as the traveller at the counter, by birth date (Travellers.candidates).
CREATE INDEX border_traveller_birth_date ON border_traveller (birth_date);
