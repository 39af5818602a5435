-- Indexes for the store's two look-ups of incidents that are not by id, which otherwise read every row: the deleted
-- incidents (the restore dialog lists the latest deletions, a few rows among a million) and the incidents naming a
-- site (a site is deleted only when none does). Both partial, since deleted incidents are few and most incidents
-- name no site: writes of other rows do not touch them.
CREATE INDEX incidents_deleted ON incidents (id) WHERE deleted;
CREATE INDEX incidents_site ON incidents (site_id) WHERE site_id IS NOT NULL;
