"""Entity mentions in English sentences of the genre (spacy.blank('en') + project components)."""
import pytest

from kg.extract import extract


def mentions(report_of, text):
    return {(m.label, m.text) for m in extract(report_of(text)).mentions}


@pytest.mark.parametrize("text, expected", [
    ("The Ordos Municipal Public Security Bureau held a meeting.",
     ("Agency", "Ordos Municipal Public Security Bureau")),
    ("Recently, the Dongji Branch of the Liaoyuan Municipal Public Security Bureau acted.",
     ("Agency", "Dongji Branch of the Liaoyuan Municipal Public Security Bureau")),
    ("Recently, the Dongji Branch of the Liaoyuan Municipal Public Security Bureau acted.",
     ("Agency", "Liaoyuan Municipal Public Security Bureau")),
    ("Kangbashi Branch Binhe Road Police Station serves as a business card.",
     ("Agency", "Kangbashi Branch")),
    ("Head of the Police Support Detachment of the Municipal Public Security Bureau Lu Yan said.",
     ("Agency", "Police Support Detachment of the Municipal Public Security Bureau")),
    ("Wushen Banner Public Security Bureau has built a laundry room.",
     ("Agency", "Wushen Banner Public Security Bureau")),
    ("The Ministry of Public Security issued a notice.", ("Agency", "Ministry of Public Security")),
    ("With the support of the Municipal Party Committee, the work went on.",
     ("Agency", "Municipal Party Committee")),
    ("The Public Security Bureau of Hohhot actively strived for support.",
     ("Agency", "Public Security Bureau of Hohhot")),
])
def test_agency_found(report_of, text, expected):
    assert expected in mentions(report_of, text)


@pytest.mark.parametrize("text", [
    "The Department said it would act.",
    "Office supplies were bought.",
    "The Team worked hard.",
])
def test_generic_head_alone_is_not_an_agency(report_of, text):
    assert not [m for m in extract(report_of(text)).mentions if m.label == "Agency"]


@pytest.mark.parametrize("text, expected", [
    ('The bureau revised the "Ordos Public Security Bureau Financial Management Measures" and more.',
     ("Measure", "Ordos Public Security Bureau Financial Management Measures")),
    ('It compiled and printed the "Notice on Standardizing the Fund Approval and Reimbursement Process".',
     ("Measure", "Notice on Standardizing the Fund Approval and Reimbursement Process")),
    ('The Ordos " Xueliang Project " has a funding of 134 million yuan.', ("Programme", "Xueliang Project")),
    ('It implemented the "police academy integration" initiative.',
     ("Programme", "police academy integration")),
    ('They implement the "four policings" to build a new pattern.', ("Programme", "four policings")),
    ('It launched a one-month special attack on "two robberies and one theft" cases.',
     ("Programme", "two robberies and one theft")),
    ('The bureau was rated as a "National Conservation-oriented Public Institution Demonstration Unit" in 2020.',
     ("Award", "National Conservation-oriented Public Institution Demonstration Unit")),
    ("The picture shows Guo Jinchang, captain of the Legal Brigade.", ("Person", "Guo Jinchang")),
    ("Teams went to Alxa and Hohhot to help.", ("Place", "Hohhot")),
    ("I am Xing Yun, a police officer from the police station of Bolin Town.", ("Place", "Bolin Town")),
])
def test_named_entity_found(report_of, text, expected):
    assert expected in mentions(report_of, text)


@pytest.mark.parametrize("text", [
    'They said "we are proud of our work" loudly.',
    "Li County has adopted three measures.",
])
def test_no_false_programme_or_person(report_of, text):
    found = mentions(report_of, text)
    assert not {m for m in found if m[0] in ("Programme", "Person")}


def test_place_of_agency_name_becomes_place(report_of):
    found = mentions(report_of, "The Xining Municipal Public Security Bureau solved cases.")
    assert ("Place", "Xining") in found


@pytest.mark.parametrize("text, expected", [
    ("They report to the provincial party committee in time.", ("Agency", "provincial party committee")),
    ("The public security organs of the province have innovated.",
     ("Agency", "public security organs of the province")),
    ("I am a police officer from the police station of Bolin Town.", ("Agency", "police station of Bolin Town")),
    ('They successively launch a large police district, a central police station, "one main defense, one main fight" and other Xining models.',
     ("Programme", "central police station")),
    ('They successively launch a large police district, a central police station, "one main defense, one main fight" and other Xining models.',
     ("Programme", "one main defense, one main fight")),
    ("The first is to launch a special anti-wire fraud attack.", ("Programme", "special anti-wire fraud attack")),
    ("Formulate and introduce a negative list of criminal cases and a list of police station main defense responsibilities.",
     ("Measure", "negative list of criminal cases")),
    ("Formulate and introduce a negative list of criminal cases and a list of police station main defense responsibilities.",
     ("Measure", "list of police station main defense responsibilities")),
    ('It promulgated the "Ordos Public Security Bureau Action Plan to Consolidate a Conservation-oriented Agency".',
     ("Measure", "Ordos Public Security Bureau Action Plan to Consolidate a Conservation-oriented Agency")),
    ('the "five batches" anti-fraud project was vigorously implemented', ("Programme", "five batches")),
])
def test_genre_constructions_found(report_of, text, expected):
    assert expected in mentions(report_of, text)


def test_heading_with_generic_head_is_not_a_programme(report_of):
    assert not [m for m in extract(report_of("Innovation mechanism innovation\nMore text.")).mentions
                if m.label == "Programme"]


def test_agency_name_inside_quotes_is_not_an_agency(report_of):
    text = 'The installation rate of the "National Anti-Fraud Center" APP reached 87.6%.'
    assert not [m for m in extract(report_of(text)).mentions if m.label == "Agency"]


@pytest.mark.parametrize("text, expected", [
    ("The Aimin Branch, the Dong'an Branch and the Xi'an Branch cleaned up accounts.", ("Agency", "Dong'an Branch")),
    ("The Vehicle Administration Office of the Traffic Police Detachment opened.",
     ("Agency", "Vehicle Administration Office of the Traffic Police Detachment")),
])
def test_names_with_apostrophes_and_inner_qualifiers(report_of, text, expected):
    assert expected in mentions(report_of, text)


def test_quoted_name_after_award_verb_is_an_award(report_of):
    text = 'The Hongqi Police Station was named a "Fengqiao-style Public Security Police Station" by the Ministry.'
    assert ("Award", "Fengqiao-style Public Security Police Station") in mentions(report_of, text)


def test_quoted_remark_is_not_a_programme(report_of):
    text = 'He said that "the fight against fraud is a long-term battle" and launched new work.'
    assert not [m for m in extract(report_of(text)).mentions if m.label == "Programme"]


def test_names_with_latin1_letters_are_agency_names():
    from kg.extract.entities_en import find_candidates

    text = "The Lüliang Municipal Public Security Bureau and the Ürümqi Municipal Public Security Bureau met."
    agencies = {text[c.start:c.end] for c in find_candidates(text) if c.label == "Agency"}
    assert {"Lüliang Municipal Public Security Bureau", "Ürümqi Municipal Public Security Bureau"} <= agencies
