using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class StaffCreditRuleTests
{
    private const string RuleId = "credits.staff";

    [Theory]
    [InlineData("(WIL)")]
    [InlineData("(nds/krs)")]
    [InlineData("(ant/dri/*)")]
    [InlineData("Editor: Jane Doe")]
    [InlineData("By John Smith and Mary Jones")]
    [InlineData("By Amy Kuperinsky | NJ Advance Media for NJ.com")]
    [InlineData("By Jane Doe, Staff Writer for the Riverside Gazette")]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("Staff Writer")]
    [InlineData("Contributing Writer")]
    [InlineData("Jane Doe contributed to this report.")]
    [InlineData("Associated Press writers Alan Fram and Zeke Miller contributed to this report.")]
    [InlineData("Keith Bradsher contributed reporting from Hong Kong.")]
    public void Removes_editor_codes_and_staff_lines_from_an_English_article(string credit) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, credit);

    [Theory]
    [InlineData("Penulis: Budi Santoso")]
    [InlineData("Reporter: Siti Nurhaliza | Editor: Andi Wijaya")]
    [InlineData("Pewarta: Fakhri Hermansyah")]
    public void Removes_staff_lines_from_an_Indonesian_article(string credit) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, credit);

    [Theory]
    [InlineData("By Tuesday evening the water had reached the first floor of several houses on the estate.")]
    [InlineData("By the Numbers")]
    [InlineData("By Tuesday, the barrier had closed | a record for the month")]
    [InlineData("By Tuesday Evening, the Water Had Reached the First Floor of Houses on the Estate")]
    [InlineData("Editors at the local paper worked from a church hall after their office flooded.")]
    [InlineData("Staff writers at the Gazette walked out on Tuesday over pay.")]
    [InlineData("Contributors Wanted")]
    [InlineData("(2)")]
    [InlineData("Volunteers who contributed to the rescue were thanked by the mayor on Tuesday.")]
    public void Keeps_lines_that_start_like_a_credit(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);

    [Theory]
    [InlineData("Oleh karena itu, warga diminta tetap waspada terhadap banjir susulan hingga akhir pekan.")]
    [InlineData("Laporan warga menyebutkan air mulai naik sejak pukul 02.00 WIB")]
    public void Keeps_Indonesian_prose_that_starts_with_a_credit_label(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.Indonesian, content);

    [Theory]
    [InlineData("ko", "김지훈 기자 jhkim@example.co.kr")]
    [InlineData("en", "Jane Doe, Reporter jane.doe@example.com")]
    public void Removes_a_sign_off_with_a_staff_label_and_an_e_mail_address(string language, string signOff)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, signOff);

        Assert.Equal([signOff], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("Residents can email the council at help@example.gov.uk")]
    [InlineData("Jane Doe jane.doe@example.com")]
    public void Keeps_an_e_mail_line_without_a_staff_label(string line) =>
        Assert.Empty(RuleHarness.RemovedLines(RuleHarness.CleanAfterArticle(RuleId, "en", line), RuleId));

    [Theory]
    [InlineData("Published by The Millbrook Courier on Feb. 12, 2026.")]
    [InlineData("Posted by Hartman Funeral Home on February 12, 2026.")]
    public void Removes_a_publication_credit_whose_full_stop_closes_its_date(string credit) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, credit);

    [Theory]
    [InlineData("Published by Penguin in 1962, the novel sold a million copies in its first year.")] // a sentence that goes on
    [InlineData("Published by the council on Feb. 12, 2026.")] // lowercase after the label: no outlet's name
    [InlineData("Posted by Jane Doe on Feb. 12, 2026, the photo of the flooded barrier was shared ten thousand times.")] // too long
    public void Keeps_sentences_that_start_with_a_publication_label(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
