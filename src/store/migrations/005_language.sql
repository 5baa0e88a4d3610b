-- The venue's language (`language = "id"` under [venue]): the counter speaks it unless --lang or
-- BOXOFFICE_LANG says otherwise. NULL leaves the choice to each counter's locale.
ALTER TABLE venue ADD COLUMN language TEXT CHECK (language IS NULL OR length(language) BETWEEN 2 AND 16);
