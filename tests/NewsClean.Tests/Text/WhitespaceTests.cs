using Xunit;

namespace NewsClean.Tests.Text;

public class WhitespaceTests
{
    [Theory]
    [InlineData("Harga\u00A0beras naik")]       // no-break space
    [InlineData("Harga\u202Fberas naik")]       // narrow no-break space
    [InlineData("Harga\u2003beras\u2009naik")]  // em space, thin space
    [InlineData("Harga\u3000beras naik")]       // ideographic space
    [InlineData("Harga\tberas \t naik")]        // tabs
    [InlineData("  Harga   beras naik  ")]      // runs and ends
    [InlineData("\u00A0Harga beras naik\u00A0")]
    public void Unicode_spaces_become_one_space_and_ends_are_trimmed(string text) =>
        Assert.Equal("Harga beras naik", Normalise.Clean(text));

    [Theory]
    [InlineData("Ja\u200Bkarta")]   // zero-width space
    [InlineData("Jak\u00ADarta")]   // soft hyphen
    [InlineData("\uFEFFJakarta")]   // byte-order mark
    [InlineData("Jakar\u2060ta")]   // word joiner
    public void Invisible_characters_and_soft_hyphens_are_dropped(string text) =>
        Assert.Equal("Jakarta", Normalise.Clean(text));

    [Theory]
    [InlineData("👨\u200D👩\u200D👧 keluarga")] // ZWJ joins an emoji sequence
    [InlineData("می\u200Cخواهم")]              // ZWNJ is part of Persian spelling
    public void Joiners_that_carry_meaning_are_kept(string text) =>
        Assert.Equal(text, Normalise.Clean(text));

    [Theory]
    [InlineData("Judul\n \t\u00A0\nParagraf.")]
    [InlineData("Judul\n\u200B\nParagraf.")]
    [InlineData("Judul\n\n\n\n\n\nParagraf.")]
    [InlineData("\n\n  \nJudul\n\n\u3000\n\nParagraf.\n\n\n")]
    public void Whitespace_only_lines_are_blank_and_runs_of_blanks_collapse(string text) =>
        Assert.Equal("Judul\n\nParagraf.", Normalise.Clean(text));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\r\n\t\u00A0\u200B\n")]
    public void Input_with_no_text_cleans_to_the_empty_string(string text) =>
        Assert.Equal(string.Empty, NewsCleaner.Clean(text));
}
