using NewsClean.Languages;
using NewsClean.Text;
using Xunit;

namespace NewsClean.Tests.Pipeline;

/// <summary>What a rule settled in one pass holds in the next only for lines that reach it whole, judged with the same book.</summary>
public sealed class SettledLinesTests
{
    private static readonly PhraseBook English = new([LanguagePack.Load("en")]);
    private static readonly PhraseBook Indonesian = new([LanguagePack.Load("id")]);

    [Fact]
    public void Only_lines_kept_whole_stay_settled_in_the_next_pass()
    {
        var settled = SettledLines.Rent();
        var next = PassThatSettlesEveryLine(settled);
        try
        {
            // "Menu" was removed, so "Kept whole" is now line 0 and the trimmed line is line 1.
            Assert.Equal(2, next.Count);
            Assert.Equal([true, false], SettledIn(next, English, settled));
        }
        finally
        {
            next.Dispose();
            settled.Return();
        }
    }

    [Fact]
    public void A_pass_with_another_phrase_book_starts_with_nothing_settled()
    {
        var settled = SettledLines.Rent();
        var next = PassThatSettlesEveryLine(settled);
        try
        {
            Assert.Equal([false, false], SettledIn(next, Indonesian, settled));
        }
        finally
        {
            next.Dispose();
            settled.Return();
        }
    }

    /// <summary>Settles all three lines for rule 0, removes the first, trims the last, and returns the next pass's document.</summary>
    private static TextDocument PassThatSettlesEveryLine(SettledLines settled)
    {
        using var document = TextDocument.Read("Menu\nKept whole\nTrimmed at the end (AP)");
        settled.BeginPass(document.Count, English);
        var context = CleaningContext.Rent(document, English, language: null, settled);
        try
        {
            for (int i = 0; i < document.Count; i++)
            {
                context.Settle(i);
            }

            context.Remove(0, "test");
            context.RemoveEnd(2, "Trimmed at the end".Length, "test");
            context.CommitPending();
            string output = OutputWriter.Write(context, out _);
            var next = TextDocument.FromKept(context, output)!;
            settled.CarryToKept(context);
            return next;
        }
        finally
        {
            context.Release();
        }
    }

    private static bool[] SettledIn(TextDocument document, PhraseBook book, SettledLines settled)
    {
        settled.BeginPass(document.Count, book);
        var context = CleaningContext.Rent(document, book, language: null, settled);
        try
        {
            return [.. Enumerable.Range(0, document.Count).Select(context.IsSettled)];
        }
        finally
        {
            context.Release();
        }
    }
}
