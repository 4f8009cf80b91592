-- How many times the final text's overdue reminder has fired: business data, counted here
-- instead of in a process variable (a row and two history rows on the first reminder, a
-- history row on each later one).
alter table agreement add column overdue_reminders integer not null default 0;
