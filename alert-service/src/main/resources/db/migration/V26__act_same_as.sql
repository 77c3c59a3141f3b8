-- A numbered law told with its title ("Закон № 87-З «Об искусственном интеллекте»") is the law named by that title:
-- both rows of such an item name the other, and the acts API joins the two timelines. Rows stored before have none
-- (the link appears with the law's next item that tells both).
ALTER TABLE item_act ADD COLUMN same_as VARCHAR(200);
