-- Issue 4: who set an item's ABC class. The analytics (the stock_abc_xyz mart, computed by batch) fills the class of
-- items nobody has classified by hand and keeps it current; a class set by hand is the user's and is kept.
ALTER TABLE stock_item ADD COLUMN abc_source text CHECK (abc_source IN ('MANUAL', 'ANALYTICS'));
UPDATE stock_item SET abc_source = 'MANUAL' WHERE abc_class IS NOT NULL;
ALTER TABLE stock_item ADD CONSTRAINT stock_item_abc_source CHECK ((abc_class IS NULL) = (abc_source IS NULL));
