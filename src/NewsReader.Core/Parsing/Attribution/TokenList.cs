using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NewsReader.Parsing.Attribution;

/// <summary>
/// A paragraph's tokens, in order. A list as <see cref="List{T}"/> is, grown the same way, whose indexer hands out a
/// reference to the token instead of a copy, and is always inlined.
/// </summary>
/// <remarks>
/// The rules read tokens by index thousands of times an article, most often one flag or one field of a token. In the larger
/// rule methods (<c>FindRuns</c>, <c>AddRun</c>, <c>NameStart</c>) the JIT ran out of room to inline <see cref="List{T}"/>'s
/// indexer and called it for each read, which copied the whole token (32 bytes) to read one field of it.
/// </remarks>
internal sealed class TokenList(int capacity) : IReadOnlyList<Token>
{
    private Token[] items = capacity == 0 ? [] : new Token[capacity];

    public int Count { get; private set; }

    public int Capacity => items.Length;

    public ref readonly Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count) ThrowOutOfRange(index);
            return ref items[index];
        }
    }

    Token IReadOnlyList<Token>.this[int index] => this[index];

    // Inlined into the tokenizer, which adds every token of the corpus; growing is the rare case and stays a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in Token token)
    {
        if (Count == items.Length) Grow();
        items[Count++] = token;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref items, items.Length == 0 ? 4 : 2 * items.Length);

    /// <summary>Empties the list; the tokens' strings are let go, the array is kept.</summary>
    public void Clear()
    {
        Array.Clear(items, 0, Count);
        Count = 0;
    }

    /// <summary>The tokens as a span, for a loop that reads every one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<Token> AsSpan() => items.AsSpan(0, Count);

    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Token>)this).GetEnumerator();

    [DoesNotReturn]
    private static void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Index was out of range. Must be non-negative and less than the size of the collection.");
}
