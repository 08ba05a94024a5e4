-- Where the user works, for public holidays: the check-in and the let-go skip them. NULL country
-- means "from the time zone"; region is the holiday library's state code (ENG, BY, CA), optional.
ALTER TABLE users ADD COLUMN country TEXT;
ALTER TABLE users ADD COLUMN region TEXT;
