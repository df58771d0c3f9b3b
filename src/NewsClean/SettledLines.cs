using NewsClean.Languages;
using NewsClean.Text;

namespace NewsClean;

/// <summary>
/// Per line, the built-in rules that judged it by itself (its text, features and phrase matches, nothing around it)
/// and found nothing. A line that reaches the next pass whole, judged with the same phrase book, gets the same answer,
/// so the next pass skips it: on most pages the last pass removes nothing and only confirms, and this spares it most
/// of the per-line work. Kept per Clean across its passes; bits are by rule index, and rules past the 64th never settle.
/// </summary>
internal sealed class SettledLines
{
    private const int MaxRules = 64;

    // One per thread, reused like the context and the document; a document with more lines than this gets its own.
    private const int MaxPooledLines = 16 * 1024;

    [ThreadStatic]
    private static SettledLines? spare;

    private ulong[] bits = [];
    private PhraseBook? book;
    private bool carried;

    private SettledLines()
    {
    }

    /// <summary>The thread's instance when free, else a new one, with nothing settled. Give it back with <see cref="Return"/>.</summary>
    public static SettledLines Rent()
    {
        // Taking it out of the slot keeps a nested Clean (a user rule calling Clean) from sharing it.
        var settled = spare ?? new SettledLines();
        spare = null;
        settled.book = null;
        settled.carried = false;
        return settled;
    }

    /// <summary>Gives the instance back to the thread.</summary>
    public void Return()
    {
        book = null;
        if (bits.Length <= MaxPooledLines)
        {
            spare = this;
        }
    }

    /// <summary>
    /// Starts a pass over <paramref name="count"/> lines judged with <paramref name="phrases"/>: what the previous pass
    /// settled holds only when <see cref="CarryToKept"/> mapped it to these lines and the phrase book is the same.
    /// </summary>
    public void BeginPass(int count, PhraseBook phrases)
    {
        if (bits.Length < count)
        {
            bits = new ulong[Math.Max(count, Math.Min(2 * bits.Length, MaxPooledLines))];
        }
        else if (!carried || !ReferenceEquals(phrases, book))
        {
            Array.Clear(bits, 0, count);
        }

        book = phrases;
        carried = false;
    }

    /// <summary>True when rule <paramref name="rule"/> found nothing in the line by itself, in this pass or an earlier one.</summary>
    public bool IsSettled(int line, int rule) => rule < MaxRules && (bits[line] & (1UL << rule)) != 0;

    /// <summary>Records that rule <paramref name="rule"/> found nothing in the line, judging it by itself.</summary>
    public void Settle(int line, int rule)
    {
        if (rule < MaxRules)
        {
            bits[line] |= 1UL << rule;
        }
    }

    /// <summary>
    /// Renumbers the settled lines for the next pass's document made by <see cref="TextDocument.FromKept"/>: the kept
    /// lines in order, of which only those kept whole keep their bits (a line cut short reads differently).
    /// </summary>
    public void CarryToKept(CleaningContext context)
    {
        // The next index never passes the current one, so the renumbering works in place.
        int next = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            var text = OutputWriter.KeptText(context, i);
            if (!text.IsEmpty)
            {
                bits[next++] = text.Length == context.Document[i].Length ? bits[i] : 0;
            }
        }

        carried = true;
    }
}
