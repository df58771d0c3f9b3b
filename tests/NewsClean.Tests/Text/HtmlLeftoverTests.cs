using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Text;

public class HtmlLeftoverTests
{
    [Theory]
    [InlineData("Banjir&nbsp;Bekasi", "Banjir Bekasi")]
    [InlineData("Tom &amp; Jerry", "Tom & Jerry")]
    [InlineData("&#8220;Kami siap,&#8221; katanya", "“Kami siap,” katanya")]
    [InlineData("caf&eacute; &#x2014; menu", "café — menu")]
    [InlineData("Satu<br>Dua", "Satu\n\nDua")]
    [InlineData("Satu<br/>Dua<br />Tiga", "Satu\n\nDua\n\nTiga")]
    [InlineData("<p>Paragraf satu.</p><p>Paragraf dua.</p>", "Paragraf satu.\n\nParagraf dua.")]
    [InlineData("Teks <b>tebal</b> dan <a href=\"https://x.id\">tautan</a>", "Teks tebal dan tautan")]
    [InlineData("Sebelum<script>var ads = 1;</script> sesudah", "Sebelum sesudah")]
    public void Entities_and_stray_tags_are_decoded(string text, string expected) =>
        Assert.Equal(expected, Normalise.Clean(text));

    [Theory]
    [InlineData("If a < b and c > d, the barrier closes.")]
    [InlineData("AT&T and R&D budgets")]
    [InlineData("Q&A: What the flood means for you")]
    [InlineData("<Nama Rubrik> Berita hari ini")]
    [InlineData("Price < 5 & rising")]
    [InlineData("Use &name without a semicolon")]
    [InlineData("x<y>z")]
    public void Text_that_only_looks_like_markup_is_left_alone(string text)
    {
        string cleaned = Normalise.Clean(text);
        Assert.Equal(text, cleaned);
        Assert.Same(text, cleaned);
    }

    [Fact]
    public void Double_encoded_entities_decode_fully_so_a_second_clean_changes_nothing()
    {
        string once = NewsCleaner.Clean("Fish &amp;amp; chips");
        Assert.Equal("Fish & chips", once);
        Assert.Equal(once, NewsCleaner.Clean(once));
    }

    [Fact]
    public void Decoded_lines_keep_their_input_line_number_in_the_trace()
    {
        var result = RuleHarness.Only("ads.line").CleanWithTrace("Headline\n\nSatu.<br>ADVERTISEMENT<br>Dua.");
        var removal = Assert.Single(result.Removals);
        Assert.Equal((3, "ADVERTISEMENT"), (removal.FirstLine, removal.Text));
        Assert.Equal("Headline\n\nSatu.\n\nDua.", result.Text);
    }

    [Fact]
    public void A_long_line_of_paragraph_tags_decodes_into_its_paragraphs()
    {
        // Far longer than one parse piece: the cuts must not split a paragraph or an entity.
        var numbers = Enumerable.Range(0, 3_000).ToArray();
        string text = string.Concat(numbers.Select(i => $"<p>Paragraf nomor {i} &amp; lanjutannya.</p>"));
        string expected = string.Join("\n\n", numbers.Select(i => $"Paragraf nomor {i} & lanjutannya."));
        Assert.Equal(expected, Normalise.Clean(text));
    }

    [Fact]
    public void A_long_line_with_inline_tags_and_entities_stays_one_paragraph()
    {
        string text = string.Concat(Enumerable.Repeat("kata <b>tebal</b>&nbsp;dan&#160;<i>miring</i> ", 2_000));
        string expected = string.Concat(Enumerable.Repeat("kata tebal dan miring ", 2_000)).TrimEnd();
        Assert.Equal(expected, Normalise.Clean(text));
    }

    [Fact]
    public void A_long_line_with_entities_but_no_tags_decodes_every_entity()
    {
        string text = string.Concat(Enumerable.Repeat("Tom&nbsp;&amp;&nbsp;Jerry ", 3_000));
        string expected = string.Concat(Enumerable.Repeat("Tom & Jerry ", 3_000)).TrimEnd();
        Assert.Equal(expected, Normalise.Clean(text));
    }
}
