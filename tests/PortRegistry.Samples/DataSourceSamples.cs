namespace Ports.Samples;

/// <summary>The samples of docs/data-sources.md.</summary>
public static class DataSourceSamples
{
    public static void Why()
    {
        // begin-snippet: sources-why
        PortRegistry ports = PortRegistry.Default;
        foreach (PortSourceStatus source in ports.Sources)
        {
            Console.WriteLine(source);
        }

        // On a machine with the file:
        //   file /etc/services (318 entries)
        //   embedded IANA data (11621 entries)
        // In a container without it:
        //   file /etc/services (not loaded: Cannot read the services file '/etc/services': it does not exist)
        //   embedded IANA data (11621 entries)
        // end-snippet
    }

    public static void Fallback()
    {
        // begin-snippet: sources-fallback
        string missingPath = Path.Combine(Path.GetTempPath(), "no-such-services");   // a file that does not exist
        PortRegistry ports = PortRegistry.Create(new PortRegistryOptions { FilePath = missingPath });

        PortSourceStatus file = ports.Sources[0];
        if (!file.IsLoaded)
        {
            Console.WriteLine($"{file.Location} was not read: {file.Error}");
        }

        Console.WriteLine(ports.Sources[^1].Kind);   // Embedded
        Console.WriteLine(ports.DataVersion);        // 2026-08-17, the date of the IANA registry
        // end-snippet
    }

    public static void Merged()
    {
        // begin-snippet: sources-merged
        // A services file that knows only two services.
        string path = Path.Combine(Path.GetTempPath(), "two.services");
        File.WriteAllText(path, "web 80/tcp\nmail 25/tcp\n");

        PortRegistry ports = PortRegistry.Create(new PortRegistryOptions
        {
            FilePath = path,                    // null (the default) means the system's file
            Source = PortDataSource.Merged,
        });

        ports.TryGetByPort(80, "tcp", out PortEntry? web);       // from the file
        ports.TryGetByPort(993, "tcp", out PortEntry? imaps);    // not in the file: from the IANA data
        Console.WriteLine($"{web?.Name} ({web?.Source}), {imaps?.Name} ({imaps?.Source})");
        File.Delete(path);
        // end-snippet
    }

    public static void SystemOnly(string file)
    {
        Load(file);

        // begin-snippet: sources-from-file
        static void Load(string path)   // for example Load("/etc/services")
        {
            try
            {
                PortRegistry ports = PortRegistry.FromFile(path);
                Console.WriteLine($"{ports.Entries.Count} entries, {ports.Diagnostics.Count} lines skipped");
            }
            catch (FileNotFoundException ex)
            {
                Console.WriteLine(ex.Message);      // Cannot read the services file '...': it does not exist
            }
            catch (IOException ex)
            {
                Console.WriteLine(ex.Message);      // a directory, too large, or unreadable; names the path
            }
            catch (UnauthorizedAccessException ex)
            {
                Console.WriteLine(ex.Message);
            }
        }
        // end-snippet
    }

    public static void CustomEntries()
    {
        // begin-snippet: sources-custom-entries
        var options = new PortRegistryOptions { Source = PortDataSource.EmbeddedOnly };
        options.AddEntry("billing-api", 8081, "tcp", "billing");
        options.Entries.Add("https-internal 443/tcp # Our gateway, not the public web");   // a services(5) line

        PortRegistry ports = PortRegistry.Create(options);
        ports.TryGetByPort(443, "tcp", out PortEntry? entry);
        Console.WriteLine(entry?.Name);        // https-internal: your entries come first
        Console.WriteLine(entry?.Source);      // Custom
        // end-snippet
    }

    public static void Parse()
    {
        // begin-snippet: sources-parse
        PortRegistry ports = PortRegistry.Parse("""
            # name      port/protocol   aliases     # comment
            billing-api 8081/tcp        billing     # Billing service
            metrics     9464/tcp
            """);

        Console.WriteLine(ports.Entries.Count);           // 2
        Console.WriteLine(ports.Entries[0].Description);  // Billing service
        // end-snippet
    }

    public static void MaxFileSize()
    {
        // begin-snippet: sources-max-size
        var options = new PortRegistryOptions
        {
            Source = PortDataSource.SystemOnly,
            MaxFileSize = 1024 * 1024,   // 1 MiB instead of the default 64 MiB
        };
        // end-snippet

        Console.WriteLine(options.MaxFileSize);
    }
}
