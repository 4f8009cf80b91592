-- A status change written by the application keeps the message key of its note and the
-- note's values, so the history reads in every language; note keeps the English text for
-- older rows and for readers of the table. Values are separated by U+001F (unit separator),
-- each prefixed with its kind (see agreement.HistoryNote).
alter table status_change add column note_key varchar(100);
alter table status_change add column note_args text;
