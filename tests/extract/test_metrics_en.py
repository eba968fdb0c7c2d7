"""Figures in English sentences: value, unit, direction, approximation, repair."""
import pytest

from kg.extract.metrics_en import find_figures


def figure(text):
    figs = find_figures(text)
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize("text, value, unit", [
    ("the project has a funding of 134 million yuan and", 134_000_000, "CNY"),
    ("a total of 6.21 million square meters of disinfection", 6_210_000, "square_metre"),
    ("a total of 227,000 catering services have been provided", 227_000, "count"),
    ("Coordinated 712,500 yuan in equipment and supplies", 712_500, "CNY"),
    ("equipment has reached 100%.", 100, "percent"),
    ("has built a 60-square-meter laundry room", 60, "square_metre"),
    ("completed 53 government budget procurement projects since 2021", 53, "count"),
    ("the detection rate rose by 3 percentage points", 3, "percentage_point"),
    ("Ninety-six people have obtained advanced qualifications", 96, "count"),
    ("the per capita standard was 350 yuan/month", 350, "CNY"),
    ("recovered losses of 68.4 billion yuan for", 68_400_000_000, "CNY"),  # not ...00001
    ("returned RMB 457.2 million to the victims", 457_200_000, "CNY"),
    ("recovered ￥12,000 for an elderly victim", 12_000, "CNY"),
    ("paid RMB 2000 to each family", 2_000, "CNY"),  # a sum, not a year
])
def test_value_and_unit(text, value, unit):
    f = figure(text)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text, change", [
    ("which dropped by 15.42% year-on-year", "decrease"),
    ("has increased by 506% compared with previous years", "increase"),
    ("case decreased by 44% month-on-month", "decrease"),
    ("the theft case solving rate has reached 53%", None),
])
def test_change_direction(text, change):
    assert figure(text).change == change


@pytest.mark.parametrize("text, approx", [
    ("a total of more than 228,000 pieces of equipment", True),
    ("nearly 300 people participating in the training", True),
    ("a total of 227,000 catering services", False),
])
def test_approximation(text, approx):
    assert figure(text).approximate is approx


@pytest.mark.parametrize("text, value, unit", [
    ("the number of cases decreased by 6 percent year-on-year32%, and", 6.32, "percent"),
    ("solved cases increased by 466 year-on-year2%, and", 466.2, "percent"),
    ("the detection rate increased by 31 year-on-year9 percentage points", 31.9, "percentage_point"),
    ("disputes, with a mediation rate of 986%.", 98.6, "percent"),
    ("the rate was deceived to 011%, which", 0.11, "percent"),
])
def test_garbled_decimal_repaired(text, value, unit):
    f = figure(text)
    assert (f.value, f.unit, f.repaired) == (pytest.approx(value), unit, True)
    assert f.raw in text


@pytest.mark.parametrize("text", [
    "On January 24, 2022, the plan was issued.",
    "In 2023, the city's public security organs acted.",
    "the spirit of the 20th National Congress",
    "instructions (January 2017), People's Daily April 13, 2017",
])
def test_dates_years_and_ordinals_are_not_figures(text):
    assert find_figures(text) == []


def test_numbers_inside_blocked_names_are_not_figures():
    text = 'the "Five Small Projects" construction and 3 new projects'
    start = text.index("Five")
    figs = find_figures(text, blocked=[(start, start + len("Five Small Projects"))])
    assert [f.value for f in figs] == [3]


def test_period_since_year():
    assert figure("completed 53 government budget procurement projects since 2021").period == "since 2021"


def test_rate_over_100_in_a_long_clause_is_repaired():
    f = figure('the installation rate of the "National Anti-Fraud Center" APP in the county reached 876%.')
    assert (f.value, f.repaired) == (pytest.approx(87.6), True)


def test_increase_over_100_percent_is_not_repaired():
    f = figure("the investment has increased by 506% compared with previous years")
    assert (f.value, f.repaired) == (506, False)


@pytest.mark.parametrize("text, language, basis", [
    ("the number of cases decreased by 28.3% year-on-year, and", "en", "previous year"),
    ("the case decreased by 44% month-on-month.", "en", "previous month"),
    ("the investment has increased by 506% compared with previous years", "en", None),
    ("刑事案件同比下降12.5%。", "zh", "previous year"),
])
def test_comparison_basis(text, language, basis):
    from kg.extract.comparison import comparison_basis

    i = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert comparison_basis(text, i, i + 4, language) == basis


def test_currency_before_the_number_is_part_of_the_figure():
    text = "The bureau returned approximately RMB 3.5 million to victims."
    f = figure(text)
    assert f.raw == "RMB 3.5 million" and text[f.start:f.end] == f.raw and f.approximate
