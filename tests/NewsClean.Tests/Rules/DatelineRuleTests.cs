using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class DatelineRuleTests
{
    private const string RuleId = "site.dateline";

    [Theory]
    [InlineData("Medcom • 22 Oktober 2024 14:18")]
    [InlineData("Selasa, 22 Okt 2024 14:18 WIB")]
    [InlineData("22/10/2024 14:18 WIB")]
    [InlineData("Kompas.com - 22/10/2024, 14:18 WIB")]
    public void Removes_Indonesian_datelines(string dateline) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, dateline);

    [Theory]
    [InlineData("Published 3 March 2025")]
    [InlineData("Tuesday, 22 October 2024 09:30 GMT")]
    [InlineData("Updated: 22 October 2024")]
    [InlineData("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019")]
    [InlineData("BY JANE DOE ON 11/13/19 AT 4:00 PM EST")]
    [InlineData("Last Updated : Nov 20, 2019 01:41 PM IST | Source: Reuters")]
    [InlineData("Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.")] // the stop closes "p.m."
    [InlineData("Posted Nov. 19, 2019 at 6:18 p.m.")]
    public void Removes_English_datelines(string dateline) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, dateline);

    [Theory]
    [InlineData("Pemilu 2024")]
    [InlineData("Piala Dunia 2026 di Depan Mata")]
    [InlineData("Inflasi Oktober 2024 Terendah Sejak 2021")]
    [InlineData("Jakarta, Selasa (22/10/2024) - Hujan deras mengguyur sebagian besar wilayah ibu kota sejak pagi hari.")]
    [InlineData("Skor akhir 2-1")]
    [InlineData("Pukul 14.00 WIB, air mulai surut.")]
    public void Keeps_subheadings_and_prose_with_years_and_numbers(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.Indonesian, content);

    [Theory]
    [InlineData("October 2024: A Month of Storms")]
    [InlineData("The barrier closed at 14:18 on 22 October 2024.")]
    [InlineData("Gates close at 7:00 PM EST on weekdays and open again when the tide turns")]
    [InlineData("The meeting ended at 6:18 p.m.")]
    [InlineData("Police arrived on Nov. 19 at 6:18 p.m.")]
    [InlineData("4:14 p.m.")] // a live blog's entry heading
    public void Keeps_English_headings_and_sentences_with_dates(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);

    [Theory]
    [InlineData("32M ago")]
    [InlineData("1 hour ago")]
    [InlineData("updated 16M ago")]
    [InlineData("5 mins ago")]
    [InlineData("5 Min Read")]
    [InlineData("12 minute read")]
    public void Removes_English_relative_time_stamps(string stamp) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, stamp);

    [Theory]
    [InlineData("2 jam yang lalu")]
    [InlineData("15 menit lalu")]
    public void Removes_Indonesian_relative_time_stamps(string stamp) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, stamp);

    [Theory]
    [InlineData("20 years ago")]
    [InlineData("Two hours ago the barrier was still closed")]
    [InlineData("The tide peaked 3 hours ago at Woolwich, the agency said.")]
    [InlineData("A 5 minute read of the report shows the barrier closed twice.")]
    public void Keeps_lines_that_only_mention_a_time_ago(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
    [Theory]
    [InlineData("it", "02 Ago 2017")]
    [InlineData("it", "15 set 2019 14:30")]
    [InlineData("pt", "20 Out 2019")]
    public void Removes_datelines_with_the_packs_month_abbreviations(string language, string dateline)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, dateline);

        Assert.Equal([dateline], RuleHarness.RemovedLines(result, RuleId));
    }
    [Theory]
    [InlineData("de", "4 Min. Lesezeit")]
    [InlineData("fr", "Temps de lecture : 6 min")]
    [InlineData("es", "3 min de lectura")]
    [InlineData("pt", "Tempo de leitura: 5 minutos")]
    [InlineData("it", "7 minuti di lettura")]
    [InlineData("nl", "2 min leestijd")]
    public void Removes_reading_time_stamps_with_each_packs_words(string language, string stamp)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, stamp);

        Assert.Equal([stamp], RuleHarness.RemovedLines(result, RuleId));
    }
    [Theory]
    [InlineData("es", "11:08 – Sin luz en Mosqueruela")]
    [InlineData("es", "09:20 – Atrapados en la A-23")]
    [InlineData("de", "14:35 – Bahn stellt den Verkehr ein")]
    [InlineData("fr", "07h40 - Les trains reprennent sur la ligne")]
    public void Keeps_a_live_blogs_entry_headings_that_open_with_their_time(string language, string entry)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, entry);

        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("es", "Zaragoza - 14 ene 2026 - 07:15 CET")]
    [InlineData("es", "12:05 – 14/01/2026")]
    [InlineData("ru", "16:45 | Наталья Иванова")]
    [InlineData("fr", "Publié le 9 mars 2026 à 07h00, modifié le 9 mars 2026 à 09h12")]
    [InlineData("pt", "18/05/2025 09h32")]
    [InlineData("it", "1 gen 2026 alle 18h05")]
    public void Removes_datelines_that_open_with_a_time_or_write_it_with_h_or_name_a_month_the_pack_leaves_out(string language, string dateline)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, dateline);

        Assert.Equal([dateline], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("Artikel ini disiarkan pada : Isnin, 16 Februari 2026 @ 11:02 AM")] // a spaced colon and '@' are no words
    [InlineData("Diterbitkan : 16 Februari 2026 @ 11:02")]
    public void Removes_a_dateline_whose_punctuation_stands_apart(string dateline)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, "ms", dateline);
        Assert.Equal([dateline], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("Harga : RM3.80 sekilogram @ pasar borong di Selayang, Kuala Lumpur pada Isnin")] // a price row, no date
    [InlineData("Kubis bulat: RM3.80 (RM3.20)")]
    public void Keeps_a_price_row_with_a_spaced_colon_or_at_sign(string content)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, "ms", content);
        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
    }
}
