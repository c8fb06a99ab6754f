namespace Assessment.Report.Opmaak.Pdf;

/// <summary>A write-only stream that appends to a <see cref="Bytes"/> buffer (so zlib compresses straight into the file).</summary>
internal sealed class Bytestroom(Bytes doel) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => doel.Lengte;

    public override long Position
    {
        get => doel.Lengte;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer) => doel.Schrijf(buffer);

    public override void Write(byte[] buffer, int offset, int count) => doel.Schrijf(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => doel.Byte(value);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
