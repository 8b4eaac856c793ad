-- Ticket numbers are read out to callers: start them at five digits so they sound like ticket numbers.
SELECT setval(pg_get_serial_sequence('"support_tickets"', 'id'), GREATEST(10000, (SELECT COALESCE(MAX("id"), 0) FROM "support_tickets")));
