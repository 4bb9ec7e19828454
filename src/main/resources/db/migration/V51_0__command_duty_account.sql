-- A duty roster entry may name the person's account (username): the one-click response then
-- notifies that account in the app; people without an account are sent an SMS to their phone.
ALTER TABLE command_duty ADD COLUMN account TEXT;

-- Supplies used during an incident: at closure the used part of a reservation is consumed
-- (deducted from stock), the rest released. NULL for reservations released without use.
ALTER TABLE command_reservation ADD COLUMN consumed BIGINT CHECK (consumed >= 0 AND consumed <= quantity);
