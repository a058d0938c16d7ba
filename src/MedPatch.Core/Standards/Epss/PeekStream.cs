namespace MedPatch.Core.Standards.Epss;

/// <summary>
/// A read-only stream that can look at its first bytes and still return them, because a download stream cannot
/// seek back after the gzip magic bytes are checked.
/// </summary>
internal sealed class PeekStream(Stream inner) : Stream
{
    private byte[] _buffer = [];
    private int _position;

    public byte[] Peek(int count)
    {
        var bytes = new byte[count];
        var read = 0;
        while (read < count && inner.Read(bytes, read, count - read) is var n and > 0)
        {
            read += n;
        }

        _buffer = bytes[..read];
        _position = 0;
        return _buffer;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < _buffer.Length)
        {
            var n = Math.Min(count, _buffer.Length - _position);
            Array.Copy(_buffer, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        return inner.Read(buffer, offset, count);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
