namespace Ports.AotSmoke;

/// <summary>Counts and prints the checks of the smoke run, one line each.</summary>
internal sealed class SmokeCheck
{
    /// <summary>Gets the number of checks that failed.</summary>
    public int Failures { get; private set; }

    /// <summary>Gets the number of checks run.</summary>
    public int Count { get; private set; }

    /// <summary>Records and prints one check.</summary>
    /// <param name="what">What was checked.</param>
    /// <param name="expected">The right answer.</param>
    /// <param name="actual">The answer the code gave.</param>
    public void Equal(string what, string expected, string? actual)
    {
        Count++;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Console.WriteLine($"ok    {what}: {actual}");
            return;
        }

        Failures++;
        Console.WriteLine($"FAIL  {what}: expected '{expected}', got '{actual ?? "(null)"}'");
    }

    /// <summary>Records and prints one check of a condition.</summary>
    /// <param name="what">What was checked.</param>
    /// <param name="condition">Whether it held.</param>
    /// <param name="detail">What to show beside it.</param>
    public void True(string what, bool condition, string detail)
    {
        Count++;
        if (condition)
        {
            Console.WriteLine($"ok    {what}: {detail}");
            return;
        }

        Failures++;
        Console.WriteLine($"FAIL  {what}: {detail}");
    }
}
