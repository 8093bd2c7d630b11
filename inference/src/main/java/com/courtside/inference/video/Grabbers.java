package com.courtside.inference.video;

import com.courtside.inference.video.VideoOpenException.Problem;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Path;

/** Creates FFmpeg grabbers set up the one way Courtside reads video: one video stream, no audio, frames left in the decoder's pixel format. */
final class Grabbers {

    private Grabbers() {
    }

    /**
     * @param threads decoder threads, or 0 to let FFmpeg choose as the CLI does
     */
    static SeekingGrabber open(Path file, ContainerInfo info, int threads)
            throws VideoOpenException {
        Ffmpeg.init();
        SeekingGrabber grabber = new SeekingGrabber(file.toAbsolutePath().toString());
        grabber.setVideoStream(info.streamIndex());
        // No audio stream: audio frames would move the grabber's timestamp during seeks and cost decode time.
        grabber.setAudioStream(Integer.MAX_VALUE);
        // Frames stay in the decoder's format; FrameConverter writes BGRA straight into the caller's buffer.
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        if (threads > 0) {
            grabber.setVideoOption("threads", Integer.toString(threads));
        }
        try {
            grabber.start();
        } catch (Exception e) {
            close(grabber);
            throw new VideoOpenException(Problem.DAMAGED, file, "'" + file.getFileName()
                    + "' could not be opened for decoding: " + e.getMessage(), e);
        }
        return grabber;
    }

    static void close(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // Closing releases native memory; a failure here leaves nothing the user can act on.
        }
    }
}
