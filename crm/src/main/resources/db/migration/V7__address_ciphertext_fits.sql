-- The longest address the forms accept (300 characters) did not fit encrypted. Stored length:
-- 3 ("v1:" key version) + Base64 of (12-byte IV + the UTF-8 bytes + 16-byte tag). @Size counts UTF-16
-- units, so 300 Chinese characters of 3 bytes each are the most: 900 bytes, 1,243 stored. 1,700 also
-- holds 300 characters of 4 bytes each (1,200 bytes, 1,643 stored), should a limit ever count them
-- as one. Mobiles (+86 and 11 digits: 59 stored) and ID numbers (18 characters: 67) are encrypted
-- normalised and fit their varchar(200).
alter table customer_address alter column address_enc set data type varchar(1700);
