namespace Ports.Tests.Infrastructure;

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    /// <summary>Creates a new empty folder under the system's temporary folder.</summary>
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("portregistry-tests-").FullName;
    }

    /// <summary>Gets the folder's path.</summary>
    public string Path { get; }

    /// <summary>Writes a file into the folder.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="bytes">The content.</param>
    /// <returns>The file's full path.</returns>
    public string WriteFile(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes a UTF-8 text file into the folder, exactly as given (no BOM).</summary>
    /// <param name="name">The file name.</param>
    /// <param name="text">The content.</param>
    /// <returns>The file's full path.</returns>
    public string WriteFile(string name, string text) => WriteFile(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
