using System.Buffers;
using NewsClean.Languages;
using NewsClean.Text;

namespace NewsClean;

/// <summary>
/// Per-document state that rules read and mark. Lines are the input's non-blank lines after normalisation, numbered
/// from 0. A context is only valid while a rule runs: never store it.
/// </summary>
public sealed class CleaningContext
{
    // Contexts are reused per thread so that cleaning a document allocates nothing but its output; a document with
    // more lines than this gets arrays of its own, which are not kept.
    private const int MaxPooledLines = 16 * 1024;

    [ThreadStatic]
    private static CleaningContext? cached;

    private readonly PendingRemovals pending = new();
    private TextDocument document = null!;
    private int[] owner = [];       // 0 = kept, otherwise the index + 1 of the rule that removed the line
    private string?[] reasons = []; // why, for the trace
    private int[] keepLength = [];  // characters kept when a rule trimmed the end of the line, else the full length
    private int proseCharacters = -1;
    private SettledLines? settled;

    private CleaningContext()
    {
    }

    /// <summary>A context for <paramref name="document"/>: the thread's cached one when free, else a new one. Give it back with <see cref="Release"/>.</summary>
    /// <param name="document">The pass's lines.</param>
    /// <param name="phrases">The phrase book the lines are judged with.</param>
    /// <param name="language">The detected language, or null.</param>
    /// <param name="settled">What earlier passes of the same Clean settled, already begun for this pass; null to remember nothing.</param>
    internal static CleaningContext Rent(TextDocument document, PhraseBook phrases, string? language, SettledLines? settled = null)
    {
        // Taking the context out of the slot keeps a nested Clean (a user rule calling Clean) from sharing it.
        var context = cached ?? new CleaningContext();
        cached = null;
        context.Attach(document, phrases, language);
        context.settled = settled;
        return context;
    }

    private void Attach(TextDocument text, PhraseBook phrases, string? language)
    {
        document = text;
        Phrases = phrases;
        text.UsePhrases(phrases);
        Language = language;
        RemovedAny = false;
        CurrentRule = 0;
        proseCharacters = -1;
        int count = text.Count;
        if (owner.Length < count)
        {
            int size = Math.Max(count, Math.Min(2 * owner.Length, MaxPooledLines));
            owner = new int[size];
            reasons = new string?[size];
            keepLength = new int[size];
        }

        Array.Clear(owner, 0, count);
        for (int i = 0; i < count; i++)
        {
            keepLength[i] = text[i].Length;
        }
    }

    /// <summary>Number of non-blank lines.</summary>
    public int LineCount => document.Count;

    /// <summary>The phrase lists of the pipeline's language packs.</summary>
    public PhraseBook Phrases { get; private set; } = null!;

    /// <summary>The document's language as detected from its stopwords and script, or null when unsure.</summary>
    public string? Language { get; private set; }

    internal TextDocument Document => document;

    internal int CurrentRule { get; set; }

    /// <summary>The normalised text of a line.</summary>
    public ReadOnlySpan<char> GetText(int line) => document.Text(line);

    /// <summary>Word count, punctuation and case facts of a line.</summary>
    public LineFeatures GetFeatures(int line) => document[line].Features;

    /// <summary>Whether the whole line, less decoration, is one of <paramref name="category"/>'s exact phrases (<see cref="PhraseMatcher.MatchesExact"/>).</summary>
    internal bool MatchesExactPhrase(int line, PhraseCategory category) => (ExactAndPrefix(line).Exact & LinePhrases.Bit(category)) != 0;

    /// <summary>The length of the longest of <paramref name="category"/>'s prefix phrases the line starts with, or 0 (<see cref="PhraseMatcher.MatchPrefix"/>).</summary>
    internal int MatchPhrasePrefix(int line, PhraseCategory category) =>
        (ExactAndPrefix(line).Prefix & LinePhrases.Bit(category)) == 0 ? 0 : Phrases[category].MatchPrefix(GetText(line));

    /// <summary>
    /// Whether one of <paramref name="category"/>'s substring phrases occurs in the line or one of its suffix phrases
    /// ends it (<see cref="PhraseMatcher.MatchesInside(ReadOnlySpan{char})"/>).
    /// </summary>
    internal bool ContainsPhrase(int line, PhraseCategory category)
    {
        // Searched per category (one search over every category's phrases is slower), but once per line; the non-ASCII
        // phrases, whose search costs per character, are first searched for all categories at once.
        ref var phrases = ref document.Phrases(line);
        uint bit = LinePhrases.Bit(category);
        if ((phrases.ContainsSearched & bit) == 0)
        {
            phrases.ContainsSearched |= bit;
            var matcher = Phrases[category];
            var text = GetText(line);

            // Most lines hold no non-ASCII phrase of any category: one search over all of them, once per line, answers
            // that for every category.
            if (phrases.OtherContains == 0 && matcher.HasOtherContains)
            {
                phrases.OtherContains = Phrases.MayContainOther(text) ? (byte)2 : (byte)1;
            }

            if (matcher.MatchesInside(text, otherMayMatch: phrases.OtherContains != 1))
            {
                phrases.Contains |= bit;
            }
        }

        return (phrases.Contains & bit) != 0;
    }

    /// <summary>The line's exact and prefix matches of every category, looked up on first use.</summary>
    private ref LinePhrases ExactAndPrefix(int line)
    {
        ref var phrases = ref document.Phrases(line);
        if (!phrases.Computed)
        {
            var text = GetText(line);
            phrases.Exact = Phrases.Index.MatchExact(text);
            phrases.Prefix = Phrases.Index.MatchPrefix(text);
            phrases.Computed = true;
        }

        return ref phrases;
    }

    /// <summary>True when the running rule, judging the line by itself, found nothing in it in this pass or an earlier one (<see cref="SettledLines"/>).</summary>
    internal bool IsSettled(int line) => settled?.IsSettled(line, CurrentRule) == true;

    /// <summary>Records that the running rule found nothing in the line judging it by itself: its text, features and phrase matches alone.</summary>
    internal void Settle(int line) => settled?.Settle(line, CurrentRule);

    /// <summary>The 1-based input line number a line came from.</summary>
    public int GetSourceLine(int line) => document[line].SourceLine + 1;

    /// <summary>True when a blank line, or the start of the input, precedes the line.</summary>
    public bool HasBlankBefore(int line) => document[line].BlankBefore;

    /// <summary>True when an earlier rule removed the line.</summary>
    public bool IsRemoved(int line) => owner[line] != 0;

    /// <summary>The nearest line before <paramref name="line"/> that no rule has removed, or -1.</summary>
    public int PreviousKept(int line)
    {
        for (int i = line - 1; i >= 0; i--)
        {
            if (owner[i] == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The nearest line after <paramref name="line"/> that no rule has removed, or -1.</summary>
    public int NextKept(int line)
    {
        for (int i = line + 1; i < document.Count; i++)
        {
            if (owner[i] == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Asks to remove a whole line. Takes effect when the rule finishes, unless the prose guard refuses it.</summary>
    /// <param name="line">The line index, from 0 to <see cref="LineCount"/> - 1.</param>
    /// <param name="reason">Why, for the trace; should be a constant string.</param>
    public void Remove(int line, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(line, document.Count);
        pending.Add(line, document[line].Length, reason);
    }

    /// <summary>Asks to remove every line of [<paramref name="from"/>, <paramref name="to"/>) that no rule removed yet, each once.</summary>
    internal void RemoveKept(int from, int to, string reason)
    {
        for (int line = from; line < to; line++)
        {
            if (!IsRemoved(line))
            {
                Remove(line, reason);
            }
        }
    }

    /// <summary>Asks to remove the end of a line from <paramref name="keep"/> characters on, such as a trailing credit.</summary>
    /// <param name="line">The line index.</param>
    /// <param name="keep">How many leading characters to keep; must be less than the line's length.</param>
    /// <param name="reason">Why, for the trace.</param>
    public void RemoveEnd(int line, int keep, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(line, document.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(keep, document[line].Length);
        pending.Add(line, document[line].Length - keep, reason);
    }

    /// <summary>
    /// True when the line reads like article prose: a finished sentence of some length, or a long line with clause
    /// punctuation. Thirty space-separated words without a single comma or full stop are a tag cloud or a glued menu
    /// ("adote um amigo agua alerta ambiente …"); Thai, Lao and Khmer, written without spaces and without sentence
    /// marks, are not judged by that, but Chinese and Japanese are: they end sentences with '。'.
    /// (Requiring stopwords in long lines was measured and dropped: it cost 1.4 points of kept-on-clean on lists and
    /// tables inside articles for no gain in precision.)
    /// </summary>
    internal bool IsProse(int line)
    {
        var f = document[line].Features;
        return (f.Words >= 12 && f.EndsSentence) || (f.Words >= 30 && (f.EndsSentence || HasClausePunctuation(line, f.Words)));
    }

    private bool HasClausePunctuation(int line, int words)
    {
        var text = GetText(line);
        if (text.Count(' ') * 2 >= words)
        {
            return HasClauseMark(text);
        }

        // Chinese and Japanese headlines run to 30 characters and more and carry a comma or two
        // ("タクシー不足が深刻化、深夜の駅前に長い列　業界団体が運転手の採用を強化"); a paragraph there has a full stop in
        // it, or its clauses pile up commas.
        return text.ContainsAny(UnpunctuatedScripts)
            || (text.ContainsAny(HanAndKana) ? text.ContainsAny(CjkFullStops) || CountCjkClauseMarks(text) >= MinCjkClauseMarks : HasClauseMark(text));
    }

    private const int MinCjkClauseMarks = 3;

    private static int CountCjkClauseMarks(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int at = text.IndexOfAny(CjkClauseMarks); at >= 0; at = text.IndexOfAny(CjkClauseMarks))
        {
            count++;
            text = text[(at + 1)..];
        }

        return count;
    }

    private static readonly SearchValues<char> HanAndKana = SearchValues.Create(
        string.Concat(Enumerable.Range(0x3040, 0xC0).Concat(Enumerable.Range(0x4E00, 0x5200)).Select(c => (char)c)));

    private static readonly SearchValues<char> CjkFullStops = SearchValues.Create("。｡");

    private static readonly SearchValues<char> CjkClauseMarks = SearchValues.Create("、，；：");

    /// <summary>A clause mark that is not part of a number: "1.3.0" and "10,000" separate no clauses.</summary>
    private static bool HasClauseMark(ReadOnlySpan<char> text)
    {
        for (int from = 0; from < text.Length;)
        {
            int at = text[from..].IndexOfAny(ClausePunctuation);
            if (at < 0)
            {
                return false;
            }

            at += from;
            bool inNumber = at > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]);
            if (!inNumber)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // Thai, Lao and Khmer mark no sentence ends: a paragraph there may run on with neither a space nor a full stop.
    // Chinese and Japanese end sentences with '。', so 30 characters without one are a title or a menu (HasClausePunctuation).
    private static readonly SearchValues<char> UnpunctuatedScripts = SearchValues.Create(
        string.Concat(Enumerable.Range(0x0E00, 0x100).Concat(Enumerable.Range(0x1780, 0x80)).Select(c => (char)c)));

    // Sentence ends and clause marks of the scripts the packs cover (CharClass.IsSentenceEnd and IsContinuation).
    private static readonly SearchValues<char> ClausePunctuation = SearchValues.Create(",.;:!?…、，。；：！？،؛।؟։۔｡");

    internal int ProseCharacters
    {
        get
        {
            if (proseCharacters < 0)
            {
                proseCharacters = 0;
                for (int i = 0; i < document.Count; i++)
                {
                    if (owner[i] == 0 && IsProse(i))
                    {
                        proseCharacters += document[i].Length;
                    }
                }
            }

            return proseCharacters;
        }
    }

    internal int PendingCount => pending.Count;

    /// <summary>True once any rule's removal took effect in this document.</summary>
    internal bool RemovedAny { get; private set; }

    /// <summary>Characters of prose the current rule asked to remove (whole lines only; trims are small by construction).</summary>
    internal int PendingProseCharacters()
    {
        // A rule may ask for the same line twice; it counts once. Counted lines are marked in owner (-1, never a rule
        // index) for the length of the count and unmarked after, so this allocates nothing.
        int total = 0;
        for (int i = 0; i < pending.Count; i++)
        {
            var (line, cut, _) = pending[i];
            if (cut == document[line].Length && owner[line] == 0 && IsProse(line))
            {
                total += document[line].Length;
                owner[line] = -1;
            }
        }

        for (int i = 0; i < pending.Count; i++)
        {
            int line = pending[i].Line;
            if (owner[line] == -1)
            {
                owner[line] = 0;
            }
        }

        return total;
    }

    internal void DiscardPending() => pending.Clear();

    /// <summary>Applies the current rule's removals; the first rule to claim a line owns it.</summary>
    internal void CommitPending()
    {
        for (int i = 0; i < pending.Count; i++)
        {
            var (line, cut, reason) = pending[i];
            if (owner[line] != 0)
            {
                continue;
            }

            RemovedAny = true;
            if (cut == document[line].Length)
            {
                owner[line] = CurrentRule + 1;
                reasons[line] = reason;
                if (IsProse(line) && proseCharacters >= 0)
                {
                    proseCharacters -= document[line].Length;
                }
            }
            else if (document[line].Length - cut < keepLength[line])
            {
                keepLength[line] = document[line].Length - cut;
                trimOwner ??= new Dictionary<int, (int Rule, string Reason)>();
                trimOwner[line] = (CurrentRule, reason);
            }
        }

        pending.Clear();
    }

    private Dictionary<int, (int Rule, string Reason)>? trimOwner;

    internal int OwnerOf(int line) => owner[line] - 1;

    internal string? ReasonOf(int line) => reasons[line];

    internal int KeptLength(int line) => keepLength[line];

    internal bool TryGetTrim(int line, out int rule, out string reason)
    {
        if (trimOwner is not null && trimOwner.TryGetValue(line, out var t))
        {
            (rule, reason) = t;
            return true;
        }

        (rule, reason) = (-1, string.Empty);
        return false;
    }

    /// <summary>Gives the context back to the thread for the next document. Called by the pipeline once the document is written.</summary>
    internal void Release()
    {
        Array.Clear(reasons, 0, document.Count);
        pending.Clear();
        trimOwner?.Clear();
        document = null!;
        Phrases = null!;
        settled = null;
        if (owner.Length <= MaxPooledLines)
        {
            cached = this;
        }
    }

    /// <summary>Removals asked for by the running rule, held until the guard has looked at them.</summary>
    private sealed class PendingRemovals
    {
        private (int Line, int Cut, string Reason)[] items = new (int, int, string)[16];

        public int Count { get; private set; }

        public (int Line, int Cut, string Reason) this[int index] => items[index];

        public void Add(int line, int cut, string reason)
        {
            if (Count == items.Length)
            {
                Array.Resize(ref items, Count * 2);
            }

            items[Count++] = (line, cut, reason);
        }

        public void Clear() => Count = 0;
    }
}
