using System.Runtime.CompilerServices;
using System.Buffers;
using NewsClean.Languages;

namespace NewsClean.Text;

/// <summary>
/// The input split into normalised, non-blank lines in one pass. Text lives in one pooled buffer; lines are offsets
/// into it, so reading a document allocates nothing per line.
/// </summary>
internal sealed class TextDocument : IDisposable
{
    // One document per thread is kept between calls, with its buffers, unless a huge input made them larger than this.
    private const int MaxPooledChars = 1 << 20;
    private const int MaxPooledLines = 1 << 16;

    // Two per thread: the next pass's document is built while the current one is still in use.
    [ThreadStatic]
    private static TextDocument? cached;

    [ThreadStatic]
    private static TextDocument? spare;

    private char[] buffer = [];
    private int length;
    private TextLine[] lines = [];

    private TextDocument()
    {
    }

    /// <summary>The caller's input, unchanged.</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>Number of non-blank lines.</summary>
    public int Count { get; private set; }

    /// <summary>The book the lines' <see cref="TextLine.Phrases"/> were looked up in; see <see cref="UsePhrases"/>.</summary>
    public PhraseBook? PhraseBook { get; private set; }

    public ref readonly TextLine this[int index] => ref lines[index];

    public ReadOnlySpan<char> Text(int index) => buffer.AsSpan(lines[index].Start, lines[index].Length);

    /// <summary>Splits <paramref name="source"/> on CR, LF, CRLF and Unicode separators and normalises each line.</summary>
    /// <param name="source">The text.</param>
    /// <param name="lineMap">When <paramref name="source"/> is the output of an earlier pass, the caller's input line of each of its lines.</param>
    public static TextDocument Read(string source, int[]? lineMap = null)
    {
        var document = Take();
        document.Attach(source);
        ReadOnlySpan<char> rest = source;
        int sourceLine = 0;
        bool blankBefore = true;
        while (true)
        {
            int end = CharClass.IndexOfLineBreak(rest);
            var raw = end < 0 ? rest : rest[..end];
            if (HtmlLeftovers.TryDecode(raw, out string decoded))
            {
                foreach (var part in decoded.AsSpan().EnumerateLines())
                {
                    blankBefore = document.Add(part, -1, sourceLine, blankBefore, lineMap);
                }
            }
            else
            {
                blankBefore = document.Add(raw, source.Length - rest.Length, sourceLine, blankBefore, lineMap);
            }

            if (end < 0)
            {
                break;
            }

            // CRLF is one break.
            int breakLength = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
            rest = rest[(end + breakLength)..];
            sourceLine++;
        }

        return document;
    }

    /// <summary>
    /// The document <see cref="Read"/> would make of <paramref name="output"/>, the text <see cref="OutputWriter"/> wrote
    /// from <paramref name="context"/>, built from the kept lines without reading it again: their text and features
    /// carry over (a line cut short is scanned anew). Null when a kept line would read differently: one holding a
    /// line break or markup, which reading splits or decodes.
    /// </summary>
    public static TextDocument? FromKept(CleaningContext context, string output)
    {
        var previous = context.Document;
        for (int i = 0; i < previous.Count; i++)
        {
            var text = OutputWriter.KeptText(context, i);
            if (!text.IsEmpty && (CharClass.IndexOfLineBreak(text) >= 0 || HtmlLeftovers.ContainsMarkup(text)))
            {
                return null;
            }
        }

        var document = Take();
        document.Attach(output);
        document.PhraseBook = previous.PhraseBook;
        int at = 0; // where the line starts in the output: paragraphs are separated by "\n\n"
        for (int i = 0; i < previous.Count; i++)
        {
            var text = OutputWriter.KeptText(context, i);
            if (text.IsEmpty)
            {
                continue;
            }

            if (document.Count > 0)
            {
                at += 2;
            }

            // A normalised line normalises to itself, and so does its kept start (only ' ' is trimmed from it).
            ref readonly var line = ref previous[i];
            document.EnsureBufferRoom(text.Length);
            text.CopyTo(document.buffer.AsSpan(document.length));
            if (document.Count == document.lines.Length)
            {
                Grow(ref document.lines, Math.Max(16, document.Count * 2));
            }

            bool whole = text.Length == line.Length;
            int lettersAndDigits = line.LettersAndDigits;
            var traits = line.Traits;
            var features = whole ? line.Features : FeatureScanner.Scan(text, out lettersAndDigits, out traits);
            document.lines[document.Count++] = new TextLine
            {
                Start = document.length,
                Length = text.Length,
                SourceLine = line.SourceLine,
                VerbatimStart = at,
                BlankBefore = true,
                Features = features,
                LettersAndDigits = lettersAndDigits,
                Traits = traits,
                Fingerprint = whole ? line.Fingerprint : 0,
                Phrases = whole ? line.Phrases : default,
            };
            document.length += text.Length;
            at += text.Length;
        }

        return document;
    }

    /// <summary>A document for this thread: a pooled one when free.</summary>
    private static TextDocument Take()
    {
        // Taking the document out of its slot keeps a nested Clean (a user rule calling Clean) from sharing it.
        var document = cached ?? spare ?? new TextDocument();
        if (ReferenceEquals(document, cached))
        {
            cached = null;
        }
        else if (ReferenceEquals(document, spare))
        {
            spare = null;
        }

        return document;
    }

    /// <summary>
    /// The line's <see cref="LineFingerprint"/>, computed on first use and kept with the line (and carried to the
    /// next pass's document when the line stays whole).
    /// </summary>
    public ulong Fingerprint(int index)
    {
        ref var line = ref lines[index];
        if (line.Fingerprint == 0)
        {
            line.Fingerprint = LineFingerprint.Of(Text(index));
        }

        return line.Fingerprint;
    }

    /// <summary>
    /// Whether two lines agree letter for letter, ignoring case, spacing and punctuation: their fingerprints match.
    /// Lines with different numbers of letters and digits cannot, and are told apart without hashing either.
    /// </summary>
    public bool SameLettersAndDigits(int first, int second) =>
        lines[first].LettersAndDigits == lines[second].LettersAndDigits && Fingerprint(first) == Fingerprint(second);

    /// <summary>
    /// The lines' phrase matches are to be looked up in <paramref name="book"/>: matches found in another book (the
    /// previous pass detected another language) are forgotten.
    /// </summary>
    public void UsePhrases(PhraseBook book)
    {
        if (!ReferenceEquals(book, PhraseBook))
        {
            for (int i = 0; i < Count; i++)
            {
                lines[i].Phrases = default;
            }

            PhraseBook = book;
        }
    }

    /// <summary>The line's phrase matches so far in <see cref="PhraseBook"/>, for <see cref="CleaningContext"/> to fill in on first use.</summary>
    public ref LinePhrases Phrases(int index) => ref lines[index].Phrases;

    private void Attach(string source)
    {
        Source = source;
        PhraseBook = null;
        Count = 0;
        length = 0;
        if (buffer.Length < source.Length)
        {
            Replace(ref buffer, Math.Max(16, source.Length));
        }

        // A thread's first document may be a few characters long: it still needs room for its lines.
        int lineCapacity = Math.Max(16, source.Length / 40);
        if (lines.Length < lineCapacity)
        {
            Replace(ref lines, lineCapacity);
        }
    }

    /// <summary>Appends the normalised line; returns whether the next line follows a blank.</summary>
    private bool Add(ReadOnlySpan<char> raw, int rawStart, int sourceLine, bool blankBefore, int[]? lineMap)
    {
        EnsureBufferRoom(raw.Length);
        int start = length;
        int written = raw.Length;
        if (!VerbatimLine.TryRead(raw, buffer.AsSpan(start), out var features, out int lettersAndDigits, out var traits))
        {
            written = Normalize(raw, buffer.AsSpan(start));
            if (written == 0)
            {
                return true;
            }

            features = FeatureScanner.Scan(buffer.AsSpan(start, written), out lettersAndDigits, out traits);
        }

        if (Count == lines.Length)
        {
            Grow(ref lines, Math.Max(16, Count * 2));
        }

        length += written;
        lines[Count++] = new TextLine
        {
            Start = start,
            Length = written,
            SourceLine = lineMap is null ? sourceLine : lineMap[Math.Min(sourceLine, lineMap.Length - 1)],

            // Normalising only drops, merges or maps characters: an unchanged length means nothing was dropped or merged.
            VerbatimStart = written == raw.Length ? rawStart : -1,
            BlankBefore = blankBefore,
            Features = features,
            LettersAndDigits = lettersAndDigits,
            Traits = traits,
        };
        return false;
    }

    /// <summary>Drops invisible characters, maps every Unicode space to ' ', collapses runs and trims.</summary>
    internal static int Normalize(ReadOnlySpan<char> raw, Span<char> destination)
    {
        // Most lines are printable ASCII with single spaces and nothing to trim: they are copied as they are.
        if (raw.Length > 0 && raw[0] != ' ' && raw[^1] != ' ' && !raw.ContainsAnyExceptInRange(' ', '~') && !raw.Contains("  ", StringComparison.Ordinal))
        {
            raw.CopyTo(destination);
            return raw.Length;
        }

        int written = 0;
        bool pendingSpace = false;
        foreach (char c in raw)
        {
            // Printable ASCII other than space is copied as is: the common case, decided by one comparison.
            if (c is > ' ' and < '\u007F')
            {
                if (pendingSpace)
                {
                    destination[written++] = ' ';
                    pendingSpace = false;
                }

                destination[written++] = c;
                continue;
            }

            if (CharClass.IsInvisible(c))
            {
                continue;
            }

            if (CharClass.IsSpace(c) || c is '\r' or '\n')
            {
                pendingSpace = written > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[written++] = ' ';
                pendingSpace = false;
            }

            destination[written++] = c;
        }

        return written;
    }

    private void EnsureBufferRoom(int needed)
    {
        if (length + needed > buffer.Length)
        {
            Grow(ref buffer, Math.Max(buffer.Length * 2, length + needed));
        }
    }

    private static void Grow<T>(ref T[] array, int size)
    {
        var larger = ArrayPool<T>.Shared.Rent(size);
        Array.Copy(array, larger, array.Length);
        Return(array);
        array = larger;
    }

    /// <summary>Swaps <paramref name="array"/> for a pooled one of at least <paramref name="size"/>, without copying.</summary>
    private static void Replace<T>(ref T[] array, int size)
    {
        Return(array);
        array = ArrayPool<T>.Shared.Rent(size);
    }

    private static void Return<T>(T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    /// <summary>Gives the document back to the thread for the next input, or its buffers to the pool when they grew large.</summary>
    public void Dispose()
    {
        Source = string.Empty;
        PhraseBook = null;
        if (buffer.Length > MaxPooledChars || lines.Length > MaxPooledLines)
        {
            Return(buffer);
            Return(lines);
            buffer = [];
            lines = [];
        }

        if (cached is null)
        {
            cached = this;
        }
        else
        {
            spare = this;
        }
    }
}
