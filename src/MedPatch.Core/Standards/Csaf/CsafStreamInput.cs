namespace MedPatch.Core.Standards.Csaf;

/// <summary>Reads a stream into memory, stopping one byte past the document size limit.</summary>
internal static class CsafStreamInput
{
    public static ReadOnlyMemory<byte>? ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > CsafReader.MaxDocumentBytes)
            {
                return null;
            }
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    public static async Task<ReadOnlyMemory<byte>?> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > CsafReader.MaxDocumentBytes)
            {
                return null;
            }
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
