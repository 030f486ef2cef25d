package dev.replayharness.journey;

import java.util.ArrayList;
import java.util.List;

/** The addresses one window went through, as its back and forward buttons see them. */
final class WindowHistory {

    final List<String> urls = new ArrayList<>();
    int position = -1;
    /** The address shown now, or null before the first page. */
    String current;

    /** A new page: the entries forward of the current one are gone, as in a browser. */
    void push(String url) {
        while (urls.size() > position + 1) {
            urls.remove(urls.size() - 1);
        }
        urls.add(url);
        position = urls.size() - 1;
        current = url;
    }
}
