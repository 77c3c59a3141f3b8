-- The source's language label of an item the classifier read as another language (a listing catalogued as 'ru'
-- carries Belarusian items: the classifier analyses them as 'be' and says so in ClassifiedItem.analysedLanguage).
-- item.language now holds the language the item is written in as analysed, which the filters, stories and
-- subscriptions compare; this column keeps the label beside it. NULL: the label is item.language (every row stored
-- before this migration: nothing is rewritten, a nullable column without a default is added in the catalogue only).
ALTER TABLE item ADD COLUMN labelled_language VARCHAR(16);
