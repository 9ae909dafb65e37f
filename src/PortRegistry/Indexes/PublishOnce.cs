namespace Ports.Indexes;

/// <summary>
/// Stores a value made on first use into a shared slot, once: the first value stored wins and every caller gets that
/// one, so that threads racing to make the same thing end up with the same instance (the lazily made entries, lists and
/// catalogue services).
/// </summary>
internal static class PublishOnce
{
    /// <summary>Stores <paramref name="value"/> in <paramref name="slot"/> unless another thread stored a value first.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="slot">The slot, <see langword="null"/> until a value is stored.</param>
    /// <param name="value">The value this caller made.</param>
    /// <returns>The value in the slot: <paramref name="value"/>, or the one stored first.</returns>
    public static T Publish<T>(ref T? slot, T value)
        where T : class
        => Interlocked.CompareExchange(ref slot, value, null) ?? value;
}
