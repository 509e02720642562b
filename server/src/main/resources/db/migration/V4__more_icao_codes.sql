-- Codes ICAO Doc 9303 Part 3 also reserves, so every code the MRZ reader accepts is known here.
INSERT INTO refdata_country (code, alpha2, name_en, name_fr, kind) VALUES
('XCE', NULL, 'Council of Europe', 'Conseil de l''Europe', 'ICAO_SPECIAL'),
('ANT', NULL, 'Netherlands Antilles (former code)', 'Antilles néerlandaises (ancien code)', 'ICAO_SPECIAL'),
('NTZ', NULL, 'Neutral Zone (former code)', 'Zone neutre (ancien code)', 'ICAO_SPECIAL');
