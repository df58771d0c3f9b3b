using System.Runtime.CompilerServices;
using System.Buffers;

namespace NewsClean.Text;

/// <summary>
/// The input split into normalised, non-blank lines in one pass. Text lives in one pooled buffer; lines are offsets
/// into it, so reading a document allocates nothing per line.
/// </summary>
internal sealed class TextDocument : IDisposable
{
    private char[] buffer;
    private int length;
    private TextLine[] lines;

    private TextDocument(string source)
    {
        Source = source;
        buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, source.Length));
        lines = ArrayPool<TextLine>.Shared.Rent(Math.Max(16, source.Length / 40));
    }

    /// <summary>The caller's input, unchanged.</summary>
    public string Source { get; }

    /// <summary>Number of non-blank lines.</summary>
    public int Count { get; private set; }

    public ref readonly TextLine this[int index] => ref lines[index];

    public ReadOnlySpan<char> Text(int index) => buffer.AsSpan(lines[index].Start, lines[index].Length);

    /// <summary>Splits <paramref name="source"/> on CR, LF, CRLF and Unicode separators and normalises each line.</summary>
    public static TextDocument Read(string source)
    {
        var document = new TextDocument(source);
        ReadOnlySpan<char> rest = source;
        int sourceLine = 0;
        bool blankBefore = true;
        while (true)
        {
            int end = rest.IndexOfAny(CharClass.LineBreaks);
            var raw = end < 0 ? rest : rest[..end];
            if (HtmlLeftovers.TryDecode(raw, out string decoded))
            {
                foreach (var part in decoded.AsSpan().EnumerateLines())
                {
                    blankBefore = document.Add(part, sourceLine, blankBefore);
                }
            }
            else
            {
                blankBefore = document.Add(raw, sourceLine, blankBefore);
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

    /// <summary>Appends the normalised line; returns whether the next line follows a blank.</summary>
    private bool Add(ReadOnlySpan<char> raw, int sourceLine, bool blankBefore)
    {
        EnsureBufferRoom(raw.Length);
        int start = length;
        int written = Normalize(raw, buffer.AsSpan(start));
        if (written == 0)
        {
            return true;
        }

        if (Count == lines.Length)
        {
            Grow(ref lines, Count * 2);
        }

        length += written;
        lines[Count++] = new TextLine
        {
            Start = start,
            Length = written,
            SourceLine = sourceLine,
            BlankBefore = blankBefore,
            Features = FeatureScanner.Scan(buffer.AsSpan(start, written)),
        };
        return false;
    }

    /// <summary>Drops invisible characters, maps every Unicode space to ' ', collapses runs and trims.</summary>
    internal static int Normalize(ReadOnlySpan<char> raw, Span<char> destination)
    {
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
        ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        array = larger;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(buffer);
        ArrayPool<TextLine>.Shared.Return(lines);
        buffer = [];
        lines = [];
    }
}
