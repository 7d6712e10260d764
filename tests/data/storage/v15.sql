-- Summit collection, schema version 15, saved for migration tests. Never edit: it stands for
-- files written by the fifteenth release. The v14 dump migrated to version 15: the same data,
-- and the questions' index on type.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE decks (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    bank_id     TEXT NOT NULL DEFAULT '',
    scheduler   TEXT NOT NULL DEFAULT 'fsrs' CHECK (scheduler IN ('fsrs', 'sm2')),
    config      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    created_ms  INTEGER NOT NULL
);
INSERT INTO decks VALUES(1,'Solar system','solar','fsrs','{"bank":{"version":1,"id":"solar","title":"Solar system","description":"A few facts about the planets.","author":"Summit","deck":"","source":{"title":"Our solar system","publication":"Summit examples","date":"2024-01-01","url":""},"topics":[{"id":"facts:planets","name":"Planets","description":"Names and order"}]}}',1795948992131);
CREATE TABLE questions (
    id                INTEGER PRIMARY KEY,
    guid              TEXT NOT NULL UNIQUE,
    deck_id           INTEGER NOT NULL REFERENCES decks (id),
    position          INTEGER NOT NULL DEFAULT 0,
    type              TEXT NOT NULL,
    prompt            TEXT NOT NULL,
    data              TEXT NOT NULL CHECK (json_valid(data)),
    topic             TEXT NOT NULL DEFAULT '',
    tags              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    difficulty        INTEGER NOT NULL DEFAULT 0,
    source_paragraph  INTEGER,
    created_ms        INTEGER NOT NULL,
    modified_ms       INTEGER NOT NULL
);
INSERT INTO questions VALUES(1,'solar/sun',1,0,'flashcard','What kind of object is the Sun?','{"id":"sun","type":"flashcard","prompt":"What kind of object is the Sun?","back":"A star","reversible":true}','','[]',0,NULL,1795948992132,1795948992132);
INSERT INTO questions VALUES(2,'solar/largest',1,1,'multiple_choice','Which is the largest planet?','{"id":"largest","type":"multiple_choice","prompt":"Which is the largest planet?","choices":[{"text":"Jupiter","correct":true},{"text":"Saturn","feedback":"Second largest."}],"topic":"facts:planets","tags":["planets","size"],"difficulty":2,"source":{"paragraph":3}}','facts:planets','["planets","size"]',2,3,1795948992132,1795948992132);
INSERT INTO questions VALUES(3,'solar/count',1,2,'typed','How many planets orbit the Sun?','{"id":"count","type":"typed","prompt":"How many planets orbit the Sun?","accepted":["8"],"explanation":"Pluto was reclassified in 2006."}','','[]',0,NULL,1795948992132,1795948992132);
CREATE TABLE cards (
    id               INTEGER PRIMARY KEY,
    question_id      INTEGER NOT NULL REFERENCES questions (id),
    ordinal          INTEGER NOT NULL CHECK (ordinal IN (0, 1)),
    phase            INTEGER NOT NULL DEFAULT 0 CHECK (phase BETWEEN 0 AND 3),
    stability        REAL NOT NULL DEFAULT 0,
    difficulty       REAL NOT NULL DEFAULT 0,
    ease             REAL NOT NULL DEFAULT 0,
    step             INTEGER NOT NULL DEFAULT 0,
    due_ms           INTEGER NOT NULL DEFAULT 0,
    last_review_ms   INTEGER NOT NULL DEFAULT 0,
    scheduled_days   INTEGER NOT NULL DEFAULT 0,
    reps             INTEGER NOT NULL DEFAULT 0,
    lapses           INTEGER NOT NULL DEFAULT 0,
    suspended        INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    buried_until_ms  INTEGER NOT NULL DEFAULT 0, deck_id INTEGER NOT NULL DEFAULT 0, source_key INTEGER NOT NULL DEFAULT 0,
    UNIQUE (question_id, ordinal)
);
INSERT INTO cards VALUES(1,1,0,0,0.0,0.0,0.0,0,0,0,0,0,0,0,0,1,0);
INSERT INTO cards VALUES(2,1,1,0,0.0,0.0,0.0,0,0,0,0,0,0,1,0,1,0);
INSERT INTO cards VALUES(3,2,0,2,30.499999999999999999,4.5,0.0,0,1720000000000,1718000000000,23,3,0,0,0,1,4750254006325086507);
INSERT INTO cards VALUES(4,3,0,0,0.0,0.0,0.0,0,0,0,0,0,0,0,0,1,0);
CREATE TABLE config (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;
INSERT INTO config VALUES('ui','{"theme":"dark"}');
CREATE TABLE quiz_attempts (
    id           INTEGER PRIMARY KEY,
    started_ms   INTEGER NOT NULL,
    finished_ms  INTEGER NOT NULL DEFAULT 0,
    settings     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    score        REAL NOT NULL DEFAULT 0,
    max_score    REAL NOT NULL DEFAULT 0,
    results      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(results))
);
INSERT INTO quiz_attempts VALUES(1,1718100000000,1718100300000,'{"deck":"Solar system","count":3}',2.0,3.0,'[{"guid":"solar/largest","correct":true}]');
CREATE TABLE media (
    hash        TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
    mime        TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    created_ms  INTEGER NOT NULL
);
INSERT INTO media VALUES('4624836652c450f26fc11e7e372a59af7963ea7613e59ce92186c60c22301c97','image/png',X'89504e470d0a1a0a706978656c73',1795948992200);
CREATE TABLE revlog (
    id                      INTEGER PRIMARY KEY,
    card_id                 INTEGER NOT NULL,
    time_ms                 INTEGER NOT NULL,
    rating                  INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    correct                 INTEGER NOT NULL CHECK (correct IN (0, 1)),
    duration_ms             INTEGER NOT NULL DEFAULT 0,
    answer                  TEXT NOT NULL DEFAULT '',
    shuffle_seed            INTEGER,
    phase_after             INTEGER NOT NULL CHECK (phase_after BETWEEN 0 AND 3),
    phase_before            INTEGER NOT NULL CHECK (phase_before BETWEEN 0 AND 3),
    stability_before        REAL NOT NULL DEFAULT 0,
    difficulty_before       REAL NOT NULL DEFAULT 0,
    ease_before             REAL NOT NULL DEFAULT 0,
    step_before             INTEGER NOT NULL DEFAULT 0,
    due_before_ms           INTEGER,
    last_review_before_ms   INTEGER NOT NULL DEFAULT 0,
    scheduled_days_before   INTEGER NOT NULL DEFAULT 0,
    reps_before             INTEGER NOT NULL DEFAULT 0,
    lapses_before           INTEGER NOT NULL DEFAULT 0,
    suspended_before        INTEGER NOT NULL DEFAULT 0 CHECK (suspended_before IN (0, 1)),
    buried_until_before_ms  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO revlog VALUES(1,3,1717000000000,3,1,3200,'Jupiter',NULL,1,0,0.0,0.0,0.0,0,NULL,0,0,0,0,0,0);
INSERT INTO revlog VALUES(2,3,1717000600000,4,1,2100,'Jupiter',NULL,2,1,2.5,5.0,0.0,1,1717000600000,1717000000000,0,1,0,0,0);
INSERT INTO revlog VALUES(3,3,1718000000000,3,1,1800,'Jupiter',4000000000,2,2,12.345678901234567348,4.0999999999999996447,0.0,0,1718000000000,1717000600000,12,2,0,0,0);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','search_text','search_text',0,'CREATE VIRTUAL TABLE search_text USING fts5(
    text, content = '''', tokenize = ''unicode61 remove_diacritics 2'', prefix = ''2 3'')');
CREATE TABLE IF NOT EXISTS 'search_text_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO search_text_data VALUES(1,X'031e');
INSERT INTO search_text_data VALUES(10,X'000000000101010001010101');
INSERT INTO search_text_data VALUES(137438953473,X'0000022405303230303603020d0101380302080101610102090103686f770302020102696e03020c02017301020601020301076a75706974657202020701046b696e6401020301076c6172676573740204050701046d616e7903020301066f626a6563740102050201660102040204726269740302050106706c616e6574020206070173030204030375746f030209010c7265636c617373696669656403020b010673617475726e020208020565636f6e64020209020374617201020a0202756e0102080202070103746865010207010204010206010377617303020a02036861740102020303696368020202000331323003020d0102686f0302020102696e03020c02017301020601020301026a7502020701026b6901020301026c610204050701026d6103020301026f620102050201660102040201720302050102706c020206010404070102726503020b0102736102020802016502020902017401020a020175010208020207010274680102070102040102060102776103020a02016801020201020200043232303003020d0103686f7703020201036a757002020701036b696e01020301036c61720204050701036d616e03020301036f626a010205020272620302050103706c61020206010204030175030209010372656303020b0103736174020208020265630202090202746101020a0202756e0102080202070103746865010207010204010206010377617303020a02026861010202030169020202040906060807090c090d090b06090b0608110b0a080a0e08080808070709070708070706060b07070606090d070909080808090808070b06080807070a0e0807');
CREATE TABLE IF NOT EXISTS 'search_text_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO search_text_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'search_text_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO search_text_docsize VALUES(1,X'09');
INSERT INTO search_text_docsize VALUES(2,X'09');
INSERT INTO search_text_docsize VALUES(3,X'0c');
CREATE TABLE IF NOT EXISTS 'search_text_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO search_text_config VALUES('version',4);
CREATE TABLE review_quarters (
    quarter INTEGER PRIMARY KEY,
    answers INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    phase_new INTEGER NOT NULL DEFAULT 0,
    phase_learning INTEGER NOT NULL DEFAULT 0,
    phase_review INTEGER NOT NULL DEFAULT 0,
    phase_relearning INTEGER NOT NULL DEFAULT 0,
    learning_again INTEGER NOT NULL DEFAULT 0,
    learning_hard INTEGER NOT NULL DEFAULT 0,
    learning_good INTEGER NOT NULL DEFAULT 0,
    learning_easy INTEGER NOT NULL DEFAULT 0,
    young_again INTEGER NOT NULL DEFAULT 0,
    young_hard INTEGER NOT NULL DEFAULT 0,
    young_good INTEGER NOT NULL DEFAULT 0,
    young_easy INTEGER NOT NULL DEFAULT 0,
    mature_again INTEGER NOT NULL DEFAULT 0,
    mature_hard INTEGER NOT NULL DEFAULT 0,
    mature_good INTEGER NOT NULL DEFAULT 0,
    mature_easy INTEGER NOT NULL DEFAULT 0
);
INSERT INTO review_quarters VALUES(1907777,1,1,3200,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0);
INSERT INTO review_quarters VALUES(1907778,1,1,2100,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0);
INSERT INTO review_quarters VALUES(1908888,1,1,1800,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0);
CREATE TABLE review_card_totals (
    card_id  INTEGER PRIMARY KEY,
    answers  INTEGER NOT NULL DEFAULT 0,
    correct  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO review_card_totals VALUES(3,3,3);
CREATE TABLE review_same_day (
    review_id  INTEGER PRIMARY KEY,
    card_id    INTEGER NOT NULL,
    time_ms    INTEGER NOT NULL,
    young      INTEGER NOT NULL,
    failed     INTEGER NOT NULL
);
CREATE TABLE review_last_in_review (
    card_id    INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL,
    time_ms    INTEGER NOT NULL
);
INSERT INTO review_last_in_review VALUES(3,3,1718000000000);
CREATE TABLE search_text_deferred (
    from_id  INTEGER NOT NULL
);
CREATE TABLE review_summaries_deferred (
    writer  TEXT NOT NULL
);
CREATE INDEX quiz_attempts_started ON quiz_attempts (started_ms);
CREATE INDEX cards_queue ON cards (suspended, phase, due_ms);
CREATE INDEX questions_deck ON questions (deck_id, position);
CREATE INDEX cards_queue_review ON cards (deck_id, due_ms, last_review_ms, stability,
    scheduled_days, buried_until_ms, question_id, source_key, phase, suspended)
    WHERE phase = 2 AND suspended = 0;
CREATE INDEX cards_queue_learning ON cards (deck_id, due_ms, scheduled_days, phase,
    last_review_ms, stability, buried_until_ms, question_id, source_key, suspended)
    WHERE phase IN (1, 3) AND suspended = 0;
CREATE INDEX cards_queue_new ON cards (deck_id, id) WHERE phase = 0 AND suspended = 0;
CREATE INDEX revlog_time ON revlog (time_ms);
CREATE TRIGGER search_text_insert AFTER INSERT ON questions WHEN NOT EXISTS (SELECT 1 FROM search_text_deferred WHERE new.id >= from_id) BEGIN
    INSERT INTO search_text (rowid, text) VALUES (new.id, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(new.data) WHERE type = 'text' AND key NOT IN ('id', 'type', 'text_format', 'topic', 'article', 'url') AND path NOT LIKE '$.tags%' AND path NOT LIKE '$.source%'));
END;
CREATE TRIGGER search_text_delete AFTER DELETE ON questions WHEN NOT EXISTS (SELECT 1 FROM search_text_deferred WHERE old.id >= from_id) BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.id, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(old.data) WHERE type = 'text' AND key NOT IN ('id', 'type', 'text_format', 'topic', 'article', 'url') AND path NOT LIKE '$.tags%' AND path NOT LIKE '$.source%'));
END;
CREATE TRIGGER search_text_update AFTER UPDATE OF data ON questions WHEN NOT EXISTS (SELECT 1 FROM search_text_deferred WHERE old.id >= from_id) BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.id, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(old.data) WHERE type = 'text' AND key NOT IN ('id', 'type', 'text_format', 'topic', 'article', 'url') AND path NOT LIKE '$.tags%' AND path NOT LIKE '$.source%'));
    INSERT INTO search_text (rowid, text) VALUES (new.id, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(new.data) WHERE type = 'text' AND key NOT IN ('id', 'type', 'text_format', 'topic', 'article', 'url') AND path NOT LIKE '$.tags%' AND path NOT LIKE '$.source%'));
END;
CREATE INDEX revlog_card ON revlog (card_id);
CREATE TRIGGER review_summaries_insert AFTER INSERT ON revlog WHEN NOT EXISTS (SELECT 1 FROM review_summaries_deferred) BEGIN
    INSERT INTO review_quarters (quarter, answers, correct, duration_ms, phase_new, phase_learning, phase_review, phase_relearning, learning_again, learning_hard, learning_good, learning_easy, young_again, young_hard, young_good, young_easy, mature_again, mature_hard, mature_good, mature_easy)
        VALUES (((new.time_ms - ((new.time_ms % 900000) + 900000) % 900000) / 900000), 1, new.correct, new.duration_ms, (new.phase_before = 0), (new.phase_before = 1), (new.phase_before = 2), (new.phase_before = 3), ((new.phase_before <> 2) AND new.rating = 1), ((new.phase_before <> 2) AND new.rating = 2), ((new.phase_before <> 2) AND new.rating = 3), ((new.phase_before <> 2) AND new.rating = 4), ((new.phase_before = 2 AND new.scheduled_days_before < 21) AND new.rating = 1), ((new.phase_before = 2 AND new.scheduled_days_before < 21) AND new.rating = 2), ((new.phase_before = 2 AND new.scheduled_days_before < 21) AND new.rating = 3), ((new.phase_before = 2 AND new.scheduled_days_before < 21) AND new.rating = 4), ((new.phase_before = 2 AND new.scheduled_days_before >= 21) AND new.rating = 1), ((new.phase_before = 2 AND new.scheduled_days_before >= 21) AND new.rating = 2), ((new.phase_before = 2 AND new.scheduled_days_before >= 21) AND new.rating = 3), ((new.phase_before = 2 AND new.scheduled_days_before >= 21) AND new.rating = 4))
        ON CONFLICT (quarter) DO UPDATE SET answers = answers + excluded.answers, correct = correct + excluded.correct, duration_ms = duration_ms + excluded.duration_ms, phase_new = phase_new + excluded.phase_new, phase_learning = phase_learning + excluded.phase_learning, phase_review = phase_review + excluded.phase_review, phase_relearning = phase_relearning + excluded.phase_relearning, learning_again = learning_again + excluded.learning_again, learning_hard = learning_hard + excluded.learning_hard, learning_good = learning_good + excluded.learning_good, learning_easy = learning_easy + excluded.learning_easy, young_again = young_again + excluded.young_again, young_hard = young_hard + excluded.young_hard, young_good = young_good + excluded.young_good, young_easy = young_easy + excluded.young_easy, mature_again = mature_again + excluded.mature_again, mature_hard = mature_hard + excluded.mature_hard, mature_good = mature_good + excluded.mature_good, mature_easy = mature_easy + excluded.mature_easy;

    INSERT INTO review_card_totals (card_id, answers, correct) VALUES (new.card_id, 1, new.correct)
        ON CONFLICT (card_id) DO UPDATE SET answers = answers + 1,
                                            correct = correct + excluded.correct;
    INSERT OR IGNORE INTO review_same_day (review_id, card_id, time_ms, young, failed)
        SELECT r.id, r.card_id, r.time_ms, r.scheduled_days_before < 21, r.rating = 1
        FROM review_last_in_review l JOIN revlog r ON r.id = l.review_id
        WHERE new.phase_before = 2 AND l.card_id = new.card_id AND r.card_id = new.card_id
          AND r.phase_before = 2 AND abs(l.time_ms - new.time_ms) < 93600000;
    INSERT OR IGNORE INTO review_same_day (review_id, card_id, time_ms, young, failed)
        SELECT new.id, new.card_id, new.time_ms, new.scheduled_days_before < 21, new.rating = 1
        FROM review_last_in_review l
        WHERE new.phase_before = 2 AND l.card_id = new.card_id
          AND abs(l.time_ms - new.time_ms) < 93600000;
    INSERT INTO review_last_in_review (card_id, review_id, time_ms)
        SELECT new.card_id, new.id, new.time_ms WHERE new.phase_before = 2
        ON CONFLICT (card_id) DO UPDATE SET review_id = excluded.review_id,
                                            time_ms = excluded.time_ms;
END;
CREATE TRIGGER review_summaries_delete AFTER DELETE ON revlog WHEN NOT EXISTS (SELECT 1 FROM review_summaries_deferred) BEGIN
    UPDATE review_quarters SET answers = answers - 1, correct = correct - old.correct, duration_ms = duration_ms - old.duration_ms, phase_new = phase_new - (old.phase_before = 0), phase_learning = phase_learning - (old.phase_before = 1), phase_review = phase_review - (old.phase_before = 2), phase_relearning = phase_relearning - (old.phase_before = 3), learning_again = learning_again - ((old.phase_before <> 2) AND old.rating = 1), learning_hard = learning_hard - ((old.phase_before <> 2) AND old.rating = 2), learning_good = learning_good - ((old.phase_before <> 2) AND old.rating = 3), learning_easy = learning_easy - ((old.phase_before <> 2) AND old.rating = 4), young_again = young_again - ((old.phase_before = 2 AND old.scheduled_days_before < 21) AND old.rating = 1), young_hard = young_hard - ((old.phase_before = 2 AND old.scheduled_days_before < 21) AND old.rating = 2), young_good = young_good - ((old.phase_before = 2 AND old.scheduled_days_before < 21) AND old.rating = 3), young_easy = young_easy - ((old.phase_before = 2 AND old.scheduled_days_before < 21) AND old.rating = 4), mature_again = mature_again - ((old.phase_before = 2 AND old.scheduled_days_before >= 21) AND old.rating = 1), mature_hard = mature_hard - ((old.phase_before = 2 AND old.scheduled_days_before >= 21) AND old.rating = 2), mature_good = mature_good - ((old.phase_before = 2 AND old.scheduled_days_before >= 21) AND old.rating = 3), mature_easy = mature_easy - ((old.phase_before = 2 AND old.scheduled_days_before >= 21) AND old.rating = 4)
        WHERE quarter = ((old.time_ms - ((old.time_ms % 900000) + 900000) % 900000) / 900000);

    UPDATE review_card_totals SET answers = answers - 1, correct = correct - old.correct
        WHERE card_id = old.card_id;
    DELETE FROM review_same_day WHERE review_id = old.id;
END;
CREATE INDEX questions_topic ON questions (topic, deck_id);
CREATE INDEX questions_type ON questions (type);
PRAGMA writable_schema=OFF;
PRAGMA user_version = 15;
COMMIT;
