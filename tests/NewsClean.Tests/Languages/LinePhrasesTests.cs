using NewsClean.Languages;
using NewsClean.Text;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>A line's phrase matches are kept between passes only while the pass reads the same phrase book.</summary>
public sealed class LinePhrasesTests
{
    [Fact]
    public void A_lines_matches_follow_the_phrase_book_of_the_pass()
    {
        var english = new PhraseBook([LanguagePack.Load("en")]);
        var indonesian = new PhraseBook([LanguagePack.Load("id")]);
        var document = TextDocument.Read("Baca juga: Harga minyak naik");
        try
        {
            // The same document judged by one book, then another (a pass that detects another language), then the first again.
            Assert.Equal(0, PrefixIn(document, english));
            Assert.True(PrefixIn(document, indonesian) > 0);
            Assert.Equal(0, PrefixIn(document, english));
        }
        finally
        {
            document.Dispose();
        }
    }

    private static int PrefixIn(TextDocument document, PhraseBook book)
    {
        var context = CleaningContext.Rent(document, book, language: null);
        try
        {
            return context.MatchPhrasePrefix(0, PhraseCategory.Related);
        }
        finally
        {
            context.Release();
        }
    }
}
