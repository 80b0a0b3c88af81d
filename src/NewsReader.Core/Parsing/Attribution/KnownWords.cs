using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsReader.Parsing.Attribution;

/// <summary>
/// The words of one language a thread has tokenized, as printed, with what the tokenizer made of them
/// (<see cref="Tokenizer.Word"/>): a word met again (most are) costs one lookup, no folding and no new string. Bounded:
/// emptied when full.
/// </summary>
/// <remarks>
/// Most words are short and ASCII. Such a word is its own key, one byte a character packed into two <c>ulong</c>s, in an
/// open-addressed table whose slot holds the key next to the word: a lookup reads one slot, where a dictionary of strings
/// reads a bucket, an entry and the key's string, three loads that each wait for the one before (the tokenizer spent most
/// of its time on them). Longer words, and words with other characters, go to a dictionary of strings.
/// </remarks>
internal sealed class KnownWords
{
    private const int MaxWords = 1 << 16;
    // Up to 16 ASCII characters pack into the two halves of a key; no word holds U+0000, so a key of 0 marks an empty slot.
    private const int MaxPackedLength = 16;

    private struct Slot
    {
        public ulong Low, High;
        public Tokenizer.Word Word;
    }

    private Slot[] slots = new Slot[1024];
    private int packedCount;
    private readonly Dictionary<string, Tokenizer.Word> others = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tokenizer.Word>.AlternateLookup<ReadOnlySpan<char>> otherLookup;

    public KnownWords() => otherLookup = others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> text, int start, int end, out Tokenizer.Word word)
    {
        // Sixteen characters from the word's start are read when the text has them: the key is packed with no branch on the
        // word's letters or its length (a word ends where the processor cannot guess).
        var packed = start + MaxPackedLength <= text.Length ? TryPack(text, start, end - start, out var low, out var high)
            : TryPack(text[start..end], out low, out high);
        if (!packed) return otherLookup.TryGetValue(text[start..end], out word);
        var mask = slots.Length - 1;
        for (var i = Hash(low, high) & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Low == low && slot.High == high)
            {
                word = slot.Word;
                return true;
            }
            if (slot.Low == 0)
            {
                word = default;
                return false;
            }
        }
    }

    /// <summary>Adds a word not yet known; when the table is full it is emptied first.</summary>
    public void Add(ReadOnlySpan<char> text, Tokenizer.Word word)
    {
        if (packedCount + others.Count >= MaxWords)
        {
            Array.Clear(slots);
            packedCount = 0;
            others.Clear();
        }
        if (!TryPack(text, out var low, out var high))
        {
            others[word.Text] = word;
            return;
        }
        // At most half full, so that a lookup seldom reads past its first slot.
        if (2 * (packedCount + 1) > slots.Length) Grow();
        Insert(slots, low, high, word);
        packedCount++;
    }

    private void Grow()
    {
        var larger = new Slot[2 * slots.Length];
        foreach (ref readonly var slot in slots.AsSpan())
            if (slot.Low != 0) Insert(larger, slot.Low, slot.High, slot.Word);
        slots = larger;
    }

    private static void Insert(Slot[] table, ulong low, ulong high, Tokenizer.Word word)
    {
        var mask = table.Length - 1;
        var i = Hash(low, high) & mask;
        while (table[i].Low != 0) i = (i + 1) & mask;
        table[i] = new Slot { Low = low, High = high, Word = word };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ulong low, ulong high) => (int)(((low ^ (high * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL) >> 32);

    // TryPack's key from vectors: the word's 16 characters (those past its end too) narrowed to bytes, the bytes past its
    // end cleared by a mask of the first `length` bytes.
    private static bool TryPack(ReadOnlySpan<char> text, int start, int length, out ulong low, out ulong high)
    {
        low = high = 0;
        if (length > MaxPackedLength) return false;
        ref var at = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        var first = Vector128.LoadUnsafe(ref at);
        var second = Vector128.LoadUnsafe(ref at, 8);
        var ascii = Vector128.Create((ushort)0x7F);
        var wide = Vector128.ExtractMostSignificantBits(Vector128.GreaterThan(first, ascii))
            | Vector128.ExtractMostSignificantBits(Vector128.GreaterThan(second, ascii)) << 8;
        if ((wide & ((1u << length) - 1)) != 0) return false;
        var bytes = Vector128.Narrow(first, second) & Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(LengthMasks), (nuint)(MaxPackedLength - length));
        low = bytes.AsUInt64().GetElement(0);
        high = bytes.AsUInt64().GetElement(1);
        return true;
    }

    // Sixteen bytes of ones, then sixteen of zeros: read from 16 - n, the mask of the first n bytes.
    private static ReadOnlySpan<byte> LengthMasks =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    // The word's characters one byte each, the first in the lowest byte; false when it is too long or not all ASCII.
    private static bool TryPack(ReadOnlySpan<char> text, out ulong low, out ulong high)
    {
        low = high = 0;
        if (text.Length > MaxPackedLength) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > '\u007F') return false;
            if (i < 8) low |= (ulong)c << (8 * i);
            else high |= (ulong)c << (8 * (i - 8));
        }
        return true;
    }
}
