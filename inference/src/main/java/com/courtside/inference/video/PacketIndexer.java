package com.courtside.inference.video;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVRational;
import com.courtside.timeline.task.ProgressListener;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_DISCARD;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

/**
 * Builds a {@link FrameIndex} from packet timestamps without decoding: seconds for a two-hour match instead of
 * minutes. Packets the demuxer marks as discarded (before an edit list's start) are left out, as the decoder leaves
 * out their frames. Gives up (returns null) where packets carry no usable timestamps, so the caller decodes.
 */
final class PacketIndexer {

    private PacketIndexer() {
    }

    static FrameIndex scan(Path file, ContainerInfo info, ProgressListener progress) {
        Ffmpeg.init();
        AVFormatContext oc = new AVFormatContext(null);
        if (avformat_open_input(oc, file.toAbsolutePath().toString(), null, null) < 0) {
            return null;
        }
        AVPacket pkt = av_packet_alloc();
        try {
            if (avformat_find_stream_info(oc, (org.bytedeco.ffmpeg.avutil.AVDictionary) null) < 0) {
                return null;
            }
            AVRational tb = oc.streams(info.streamIndex()).time_base();
            long[] entries = new long[1024];
            int n = 0;
            while (av_read_frame(oc, pkt) >= 0) {
                try {
                    if (pkt.stream_index() != info.streamIndex() || (pkt.flags() & AV_PKT_FLAG_DISCARD) != 0) {
                        continue;
                    }
                    if (pkt.pts() == AV_NOPTS_VALUE) {
                        return null;
                    }
                    if (n == entries.length) {
                        entries = Arrays.copyOf(entries, n * 2);
                    }
                    long micros = 1_000_000L * pkt.pts() * tb.num() / tb.den();
                    // Timestamp and key flag sort together: the flag rides in the lowest bit.
                    entries[n++] = micros * 2 + ((pkt.flags() & AV_PKT_FLAG_KEY) != 0 ? 1 : 0);
                    if ((n & 4095) == 0) {
                        progress.progress(n, info.headerFrames(), "Reading frame index");
                    }
                } finally {
                    av_packet_unref(pkt);
                }
            }
            if (n == 0) {
                return null;
            }
            Arrays.sort(entries, 0, n);
            long[] pts = new long[n];
            BitSet keys = new BitSet(n);
            for (int i = 0; i < n; i++) {
                pts[i] = Math.floorDiv(entries[i], 2);
                if ((entries[i] & 1) != 0) {
                    keys.set(i);
                }
                if (i > 0 && pts[i] == pts[i - 1]) {
                    return null; // two frames at one time: only decoding can tell them apart
                }
            }
            keys.set(0);
            return new FrameIndex(pts, keys, false);
        } finally {
            av_packet_free(pkt);
            avformat_close_input(oc);
        }
    }
}
