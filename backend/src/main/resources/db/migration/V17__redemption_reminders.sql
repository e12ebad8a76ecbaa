-- Pickup reminders: when the volunteer was told that a pending redemption's pickup code is
-- about to expire. Set once, by the conditional UPDATE (WHERE reminded_at IS NULL) with which an
-- instance claims the reminder, in the transaction that stores the notice.
ALTER TABLE reward_redemption ADD COLUMN reminded_at DATETIME(3) NULL;

CREATE INDEX idx_reward_redemption_remind ON reward_redemption (status, reminded_at, valid_until);
