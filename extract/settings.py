"""Named settings of the rules: context windows, distances and merge weights.

Every number a rule reads that is not a fact of French (those live in
:mod:`extract.lang.fr`) is here, with what it controls. Windows are counted
in characters of the cleaned text unless the name says tokens or sentences.
Changing one changes the output: record it in the stage's ``RULES_VERSION``.
"""

from __future__ import annotations

# --- NER -----------------------------------------------------------------------------------------
# Tokens before an institution head searched for a title noun ("chef de la diplomatie ukrainienne").
TITLE_LOOKBACK_TOKENS = 3

# --- Quantities ----------------------------------------------------------------------------------
# Before a number: the words that make it a year ("en 2022", "depuis 2014").
YEAR_CUE_CHARS = 30
# Before a number: a date or a clock-time cue ("le 12", "à 7").
DATE_CUE_CHARS = 20
# Before "cent": "pour" of "pour cent".
PERCENT_CUE_CHARS = 10
# Before "neuf": the words that make it the adjective "new" ("remis à neuf").
NEW_ADJECTIVE_CHARS = 30
# Before the first number of a range: "entre", "de" ("entre 10 et 15").
RANGE_CUE_CHARS = 60
# Before a number: its qualifier ("au moins", "plus de", "environ").
QUALIFIER_CHARS = 40
# Before a number: the words that make it an age ("âgé de 53 ans").
AGE_CUE_CHARS = 30
# Before a number: a currency sign ("$ 60").
CURRENCY_SIGN_CHARS = 3
# Before a number: "tous les deux", "toutes deux" (the noun is the clause's subject).
BOTH_CUE_CHARS = 20
# After an elided number ("trois ont été blessées"): the rest of the clause read for what it counts.
ELIDED_REST_CHARS = 100

# --- Timexes -------------------------------------------------------------------------------------
# Before a duration: the words that make it an age ("un homme de 53 ans").
TIMEX_AGE_CUE_CHARS = 30

# --- Events: slots ------------------------------------------------------------------------------
# Before a timex: a preposition that makes it another time ("depuis lundi", "avant mardi").
DATE_PREPOSITION_CHARS = 8
# Before a timex: "a déclaré <Name>" makes it the statement's date, not the attack's.
STATEMENT_DATE_CHARS = 40
# Before a place: who acted or spoke ("forces de", "gouverneur de"), or a reference point ("à 200 km de").
PLACE_CUE_CHARS = 60
# Before an attacker phrase: the words that make it the defender ("la défense antiaérienne ukrainienne").
DEFENDER_CUE_CHARS = 40
# Before a place: its article ("la Russie"), kept in the attacker's text.
ARTICLE_CHARS = 3
# Before a place: "région de", kept in the event's location text.
REGION_CUE_CHARS = 14

# --- Events: weapons and counts -----------------------------------------------------------------
# Before a weapon noun: "éclats d'" (shrapnel is not a weapon of the event).
SHRAPNEL_CUE_CHARS = 10
# After a weapon noun: the phrase read for its kind ("missiles de croisière Kalibr").
WEAPON_PHRASE_CHARS = 40
# After a quantity: "autres" ("douze autres ont été abattus").
OTHERS_CUE_CHARS = 8
# Before a count: the participle that makes it killed or injured ("tuant deux civils").
PEOPLE_ROLE_CHARS = 25
# After a count: the verb that makes it launched, intercepted, killed or injured.
COUNT_VERB_CHARS = 60
# After a count the quantity layer left without a noun: the next word ("Trente drones").
NEXT_NOUN_CHARS = 30
# Before an elided count ("dix ont été abattus"): the last weapon noun told.
WEAPON_BEFORE_CHARS = 250
# Before "deux autres": the people noun it stands for ("tuant un civil et en blessant deux autres").
PEOPLE_BEFORE_CHARS = 60

# --- Events: sources ---------------------------------------------------------------------------
# Characters after a token within which an entity starts, for "selon <entity>".
SOURCE_ENTITY_CHARS = 3
# Around "après": "d'après" (3 before, 6 after the token's start).
SOURCE_APRES_BEFORE_CHARS = 3
SOURCE_APRES_AFTER_CHARS = 6

# --- Events: episodes ---------------------------------------------------------------------------
# Sentences back within which a mention without place or date may join an episode.
NEARBY_SENTENCES = 6
# Sentences within which a follow-up ("Le bilan s'est alourdi") belongs to the last episode.
FOLLOW_UP_SENTENCES = 5
# How well a mention fits an episode: the weights of what they share. A shared attack type
# weighs most (a drone mention rarely belongs to a missile episode), then the same place and the
# same counts (the same attack told twice), then the same date (many attacks share a day).
KIND_WEIGHT = 3
PLACE_WEIGHT = 2
COUNTS_WEIGHT = 2
DATE_WEIGHT = 1
# Each agreement point outweighs this many sentences of distance (closer wins only among equals).
SENTENCES_PER_POINT = 100

# Characters after "tiré par" / "imputée à" (and its article) where the attacker's name must start.
AGENT_ENTITY_CHARS = 3
