"""Relations from English sentences: verbs, name structure, roles, context agency."""
import pytest

from kg.extract import extract


def relations(report_of, text):
    x = extract(report_of(text))
    return {(r.subject.text, r.predicate, r.object.text) for r in x.relations}


@pytest.mark.parametrize("text, expected", [
    ('Recently, the Dongji Branch of the Liaoyuan Municipal Public Security Bureau implemented the "police academy integration" initiative.',
     ("Dongji Branch of the Liaoyuan Municipal Public Security Bureau", "launched", "police academy integration")),
    ('Recently, the Dongji Branch of the Liaoyuan Municipal Public Security Bureau implemented the "police academy integration" initiative.',
     ("Dongji Branch of the Liaoyuan Municipal Public Security Bureau", "subOrganizationOf", "Liaoyuan Municipal Public Security Bureau")),
    ('The Police Support Department of the Ordos Municipal Public Security Bureau compiled and printed the "Notice on Standardizing the Fund Approval Process".',
     ("Police Support Department of the Ordos Municipal Public Security Bureau", "issued", "Notice on Standardizing the Fund Approval Process")),
    ("The picture shows Guo Jinchang, captain of the Legal Brigade, giving a class.",
     ("Guo Jinchang", "memberOf", "Legal Brigade")),
    ('Through a series of measures, the Hohhot Municipal Public Security Bureau was rated as a "National Civilized Unit" in 2020.',
     ("Hohhot Municipal Public Security Bureau", "received", "National Civilized Unit")),
    ("The Xining Municipal Public Security Bureau solved cases.",
     ("Xining Municipal Public Security Bureau", "locatedIn", "Xining")),
    ("Kangbashi Branch Binhe Road Police Station serves as a business card.",
     ("Kangbashi Branch Binhe Road Police Station", "subOrganizationOf", "Kangbashi Branch")),
])
def test_relation_found(report_of, text, expected):
    assert expected in relations(report_of, text)


def test_measure_only_cited_is_not_issued(report_of):
    text = ('The Hohhot Public Security Bureau acted. According to the "Regulations on Police '
            'Assistant Police of Public Security Organs", the rules apply.')
    assert not [r for r in relations(report_of, text) if r[1] == "issued"]


def test_context_agency_launches_programme_without_subject(report_of):
    text = ("The Xining Municipal Public Security Bureau reviewed its work. "
            'We have further promoted activities such as "one million police officers entering ten million homes".')
    assert ("Xining Municipal Public Security Bureau", "launched",
            "one million police officers entering ten million homes") in relations(report_of, text)


def test_credit_line_person_is_not_member(report_of):
    text = "Supply unit: Hohhot City Public Security Bureau\nEditor: Zhang Xiaoguang"
    assert not [r for r in relations(report_of, text) if r[1] == "memberOf"]


def test_unit_belongs_to_nearest_higher_unit(report_of):
    text = ("Recently, the Dongji Branch of the Liaoyuan Municipal Public Security Bureau held a class. "
            "The picture shows the Legal Brigade giving a class.")
    assert ("Legal Brigade", "subOrganizationOf",
            "Dongji Branch of the Liaoyuan Municipal Public Security Bureau") in relations(report_of, text)


def test_person_without_adjacent_role_is_not_member(report_of):
    text = ("The Shanxi Provincial People's Procuratorate decided to arrest Xu Baoyi, deputy general "
            "manager of a grain company.")
    assert not [r for r in relations(report_of, text) if r[1] == "memberOf"]


def test_metric_of_measure_standard(report_of):
    text = ('The Hohhot Public Security Bureau issued the "Measures for the Work Allowance of Auxiliary Police", '
            "and the per capita standard was 350 yuan/month.")
    x = extract(report_of(text))
    assert [(m.subject.text, m.value) for m in x.metrics] == [
        ("Measures for the Work Allowance of Auxiliary Police", 350)]


def test_anaphor_refers_to_the_unit_named_before(report_of):
    text = ("The Traffic Police Detachment of the Nanning Municipal Public Security Bureau met. "
            'The detachment launched the "Safe Road" action.')
    assert ("Traffic Police Detachment of the Nanning Municipal Public Security Bureau", "launched",
            "Safe Road") in relations(report_of, text)


def test_every_coordinated_agent_gets_the_relation(report_of):
    text = ("The Anping County Public Security Bureau, the Anping County People's Procuratorate and "
            'the Anping County People\'s Court jointly issued the "Notice on Handling Minor Crimes".')
    found = {r[0] for r in relations(report_of, text) if r[1] == "issued"}
    assert found == {"Anping County Public Security Bureau", "Anping County People's Procuratorate",
                     "Anping County People's Court"}


def test_award_goes_to_person_not_unit_in_apposition(report_of):
    text = ("Li Jianguo, director of the Xinyang Road Police Station, was awarded the title of "
            '"National Excellent People\'s Policeman".')
    assert ("Li Jianguo", "received", "National Excellent People's Policeman") in relations(report_of, text)


def test_unit_named_most_often_is_the_acting_agency(report_of):
    text = ("The Traffic Police Detachment of the Nanning Municipal Public Security Bureau reported. "
            "The detachment worked hard. The detachment made plans. "
            'In 2023, activities such as "Safe Road" were promoted, and 4,127 accidents were handled.')
    x = extract(report_of(text))
    assert {m.subject.text for m in x.metrics} == {
        "Traffic Police Detachment of the Nanning Municipal Public Security Bureau"}


def test_figures_of_a_group_of_units_go_to_the_report_agency(report_of):
    text = ("The Harbin Municipal Public Security Bureau reported. The Xiangfang Branch built a center. "
            "The city's police stations have resolved 18,600 conflicts and disputes.")
    x = extract(report_of(text))
    assert [m.subject.text for m in x.metrics if m.value == 18600] == ["Harbin Municipal Public Security Bureau"]
