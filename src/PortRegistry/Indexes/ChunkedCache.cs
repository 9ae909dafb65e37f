using System.Runtime.CompilerServices;

namespace Ports.Indexes;

/// <summary>
/// A fixed-length array of lazily made objects, stored in chunks of 1 KB that are allocated when first written: the
/// embedded index's caches of entries, strings and candidate lists cost a page or two for the few keys a program looks
/// up, not the 100 KB a whole array per cache would touch. (The GC clears an object's memory when it hands it out, so a
/// chunk of a whole page touched a page for each cache, and a port lookup touched five.) Thread-safe: the first value
/// stored at an index wins and is returned to every caller.
/// </summary>
/// <typeparam name="T">The type of the objects.</typeparam>
internal sealed class ChunkedCache<T>
    where T : class
{
    private const int ChunkShift = 7; // 128 references: 1 KB on a 64-bit machine
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private readonly T?[]?[] _chunks;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="length">The number of indexes.</param>
    public ChunkedCache(int length) => _chunks = new T?[]?[(length + ChunkMask) >> ChunkShift];

    /// <summary>Returns the object at <paramref name="index"/>, or <see langword="null"/> when none is stored yet.</summary>
    /// <param name="index">The index, which the caller has checked.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Get(int index)
    {
        T?[]? chunk = _chunks[index >> ChunkShift];
        return chunk?[index & ChunkMask];
    }

    /// <summary>Stores <paramref name="value"/> at <paramref name="index"/> unless an object is already there, and returns the one stored.</summary>
    /// <param name="index">The index, which the caller has checked.</param>
    /// <param name="value">The object just made.</param>
    /// <returns>The object stored at the index: <paramref name="value"/>, or the one another thread stored first.</returns>
    public T GetOrAdd(int index, T value)
    {
        ref T?[]? slot = ref _chunks[index >> ChunkShift];
        T?[] chunk = Volatile.Read(ref slot) ?? PublishOnce.Publish(ref slot, new T?[ChunkSize]);
        return PublishOnce.Publish(ref chunk[index & ChunkMask], value);
    }
}
