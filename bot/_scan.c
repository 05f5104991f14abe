/* The inner loop of indexing, in C: every fact's text split into tokens, each token's
 * index keys gathered once per fact, question keys apart from answer-only keys.
 *
 * bot/fact_scan.py holds the reference implementation in Python and the meaning of
 * every input; tests/test_fact_scan.py checks that both give the same index. This file
 * only walks the text: what a token means (its words, keys, stems) comes from Python,
 * once per distinct token, through the `new_entry` callback.
 *
 * scan(texts, entries, new_entry, percento, openings, phrases)
 *   texts      iterable of str: facts' texts as `folded_text` gives them, several to a str
 *              with U+001E between two facts (so a str holds one fact more than it has
 *              U+001E)
 *   entries    dict str -> entry, filled by new_entry(token) for unseen tokens
 *   entry      (index, keys, stems, flags): keys and stems are int32 arrays (bytes);
 *              a stem is 2 * key id + 1 when the word may open a synonym phrase, else
 *              2 * key id; -1 stops phrases (the break words)
 *   percento   the entry of "percento", read for "cento" after "per"
 *   openings   set of ints: first stem id << 32 | second stem id of every phrase
 *   phrases    phrases(tuple of stem ids) -> tuple of concept key ids of the phrases
 *              that start the tuple
 * returns (postings, counts, asked, used): bytearrays of int32 (key ids, fact after fact:
 * question keys then answer-only keys), int32 (two counts per fact), and one byte per
 * entry index (1: read in a question; 1: read at all).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define FLAG_PER_LAST 1   /* the token's last word is "per" */
#define FLAG_CENTO 2      /* the token is "cento" */
#define FLAG_KEYWORDS 4   /* the break word before the keywords */
#define FLAG_ANSWER 8     /* the break word before the answer */
#define FACT_BREAK 0x1e   /* between two facts of one text */

typedef struct {
    int32_t *data;
    Py_ssize_t size, capacity;
} Ints;

static int ints_push(Ints *v, int32_t x) {
    if (v->size == v->capacity) {
        Py_ssize_t capacity = v->capacity ? 2 * v->capacity : 64;
        int32_t *data = PyMem_Realloc(v->data, (size_t)capacity * sizeof(int32_t));
        if (!data) {
            PyErr_NoMemory();
            return -1;
        }
        v->data = data;
        v->capacity = capacity;
    }
    v->data[v->size++] = x;
    return 0;
}

/* Per key id: the stamp of the last fact that had it among its question keys, its answer
 * keys. Grown as Python numbers new keys. */
typedef struct {
    int32_t *question, *answer;
    Py_ssize_t capacity;
} Marks;

static int marks_reserve(Marks *m, Py_ssize_t key) {
    if (key < m->capacity) return 0;
    Py_ssize_t capacity = m->capacity ? m->capacity : 1024;
    while (capacity <= key) capacity *= 2;
    int32_t *q = PyMem_Realloc(m->question, (size_t)capacity * sizeof(int32_t));
    if (!q) return PyErr_NoMemory(), -1;
    m->question = q;
    int32_t *a = PyMem_Realloc(m->answer, (size_t)capacity * sizeof(int32_t));
    if (!a) return PyErr_NoMemory(), -1;
    m->answer = a;
    memset(q + m->capacity, 0, (size_t)(capacity - m->capacity) * sizeof(int32_t));
    memset(a + m->capacity, 0, (size_t)(capacity - m->capacity) * sizeof(int32_t));
    m->capacity = capacity;
    return 0;
}

static int byte_mark(PyObject *array, Py_ssize_t index) {
    Py_ssize_t size = PyByteArray_GET_SIZE(array);
    if (index >= size) {
        Py_ssize_t grown = size ? size : 1024;
        while (grown <= index) grown *= 2;
        if (PyByteArray_Resize(array, grown) < 0) return -1;
        memset(PyByteArray_AS_STRING(array) + size, 0, (size_t)(grown - size));
    }
    PyByteArray_AS_STRING(array)[index] = 1;
    return 0;
}

typedef struct {
    Py_ssize_t index;
    const int32_t *keys, *stems;
    Py_ssize_t n_keys, n_stems;
    long flags;
} Entry;

static int read_entry(PyObject *tuple, Entry *e) {
    if (!PyTuple_Check(tuple) || PyTuple_GET_SIZE(tuple) != 4) {
        PyErr_SetString(PyExc_TypeError, "an entry is (index, keys, stems, flags)");
        return -1;
    }
    PyObject *keys = PyTuple_GET_ITEM(tuple, 1), *stems = PyTuple_GET_ITEM(tuple, 2);
    if (!PyBytes_Check(keys) || !PyBytes_Check(stems)) {
        PyErr_SetString(PyExc_TypeError, "entry keys and stems are bytes");
        return -1;
    }
    e->index = PyLong_AsSsize_t(PyTuple_GET_ITEM(tuple, 0));
    e->flags = PyLong_AsLong(PyTuple_GET_ITEM(tuple, 3));
    if (PyErr_Occurred()) return -1;
    e->keys = (const int32_t *)PyBytes_AS_STRING(keys);
    e->n_keys = PyBytes_GET_SIZE(keys) / 4;
    e->stems = (const int32_t *)PyBytes_AS_STRING(stems);
    e->n_stems = PyBytes_GET_SIZE(stems) / 4;
    /* Checked once per distinct token: ids index arrays below. */
    int valid = e->index >= 0;
    for (Py_ssize_t i = 0; valid && i < e->n_keys; i++) valid = e->keys[i] >= 0;
    for (Py_ssize_t i = 0; valid && i < e->n_stems; i++) valid = e->stems[i] >= -1;
    if (!valid) {
        PyErr_SetString(PyExc_ValueError, "an entry has a negative index or key id");
        return -1;
    }
    return 0;
}

static int is_letter(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }
static int is_symbol(Py_UCS4 c) { return c == '%' || c == 0x20AC || c == '$'; }

/* The next token of `text` from *pos, as the regex
 * [^a-z\d%€$]*+([a-z]++(?:\d++[a-z\d]*+)?|\d++(?:[.,]\d++)*+|[%€$]) finds it (a code
 * such as «m74» is one token); 0 at the end. */
static int next_token(int kind, const void *data, Py_ssize_t length, Py_ssize_t *pos,
                      Py_ssize_t *start) {
    Py_ssize_t i = *pos;
    Py_UCS4 c = 0;
    while (i < length) {
        c = PyUnicode_READ(kind, data, i);
        if (is_letter(c) || Py_UNICODE_ISDECIMAL(c) || is_symbol(c)) break;
        i++;
    }
    if (i >= length) return 0;
    *start = i;
    if (is_letter(c)) {
        while (i < length && is_letter(PyUnicode_READ(kind, data, i))) i++;
        if (i < length && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i))) {
            while (i < length) {
                Py_UCS4 d = PyUnicode_READ(kind, data, i);
                if (!is_letter(d) && !Py_UNICODE_ISDECIMAL(d)) break;
                i++;
            }
        }
    } else if (Py_UNICODE_ISDECIMAL(c)) {
        while (i < length && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i))) i++;
        while (i + 1 < length) {
            Py_UCS4 sep = PyUnicode_READ(kind, data, i);
            if ((sep != '.' && sep != ',') || !Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i + 1)))
                break;
            i += 2;
            while (i < length && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i))) i++;
        }
    } else {
        i++;
    }
    *pos = i;
    return 1;
}

/* Tokens seen in this scan, by hash (open addressing), their characters in one arena. */
typedef struct {
    uint64_t hash;
    Py_ssize_t offset, length; /* length 0: an empty slot */
    Py_ssize_t entry;
} Slot;

typedef struct {
    Slot *slots;
    Py_ssize_t capacity, used;
    Py_UCS4 *chars;
    Py_ssize_t chars_size, chars_capacity;
    Entry *entries;
    Py_ssize_t entries_size, entries_capacity;
} Tokens;

static int tokens_init(Tokens *t) {
    t->capacity = 1 << 16;
    t->slots = PyMem_Calloc((size_t)t->capacity, sizeof(Slot));
    return t->slots ? 0 : (PyErr_NoMemory(), -1);
}

static void tokens_free(Tokens *t) {
    PyMem_Free(t->slots);
    PyMem_Free(t->chars);
    PyMem_Free(t->entries);
}

static void tokens_place(Tokens *t, Slot slot) {
    Py_ssize_t mask = t->capacity - 1, i = (Py_ssize_t)(slot.hash & (uint64_t)mask);
    while (t->slots[i].length) i = (i + 1) & mask;
    t->slots[i] = slot;
}

static int remember(Tokens *t, uint64_t hash, int kind, const void *data, Py_ssize_t start,
                    Py_ssize_t end, const Entry *e) {
    Py_ssize_t n = end - start;
    if (2 * (t->used + 1) > t->capacity) {  /* keep the table at most half full */
        Slot *old = t->slots;
        Py_ssize_t old_capacity = t->capacity;
        t->slots = PyMem_Calloc((size_t)(2 * old_capacity), sizeof(Slot));
        if (!t->slots) return t->slots = old, PyErr_NoMemory(), -1;
        t->capacity = 2 * old_capacity;
        for (Py_ssize_t i = 0; i < old_capacity; i++)
            if (old[i].length) tokens_place(t, old[i]);
        PyMem_Free(old);
    }
    if (t->chars_size + n > t->chars_capacity) {
        Py_ssize_t capacity = t->chars_capacity ? 2 * t->chars_capacity : 1 << 16;
        while (capacity < t->chars_size + n) capacity *= 2;
        Py_UCS4 *chars = PyMem_Realloc(t->chars, (size_t)capacity * sizeof(Py_UCS4));
        if (!chars) return PyErr_NoMemory(), -1;
        t->chars = chars;
        t->chars_capacity = capacity;
    }
    if (t->entries_size == t->entries_capacity) {
        Py_ssize_t capacity = t->entries_capacity ? 2 * t->entries_capacity : 1 << 12;
        Entry *entries = PyMem_Realloc(t->entries, (size_t)capacity * sizeof(Entry));
        if (!entries) return PyErr_NoMemory(), -1;
        t->entries = entries;
        t->entries_capacity = capacity;
    }
    for (Py_ssize_t i = 0; i < n; i++) t->chars[t->chars_size + i] = PyUnicode_READ(kind, data, start + i);
    Slot slot = {hash, t->chars_size, n, t->entries_size};
    t->chars_size += n;
    t->entries[t->entries_size++] = *e;  /* points into bytes that `entries` keeps alive */
    tokens_place(t, slot);
    t->used++;
    return 0;
}

typedef struct {
    Tokens tokens;
    PyObject *entries, *new_entry, *openings, *phrases;
    Entry percento;
    Marks marks;
    Ints question, answer, stems, stem_in_answer, pending;
    PyObject *postings, *counts, *asked, *used;
} Scan;

/* The entry of a token read from Python: `entries`, or `new_entry` for a new one. */
static PyObject *python_entry(Scan *s, PyObject *text, Py_ssize_t start, Py_ssize_t end) {
    PyObject *token = PyUnicode_Substring(text, start, end);
    if (!token) return NULL;
    PyObject *found = PyDict_GetItemWithError(s->entries, token);  /* borrowed */
    if (!found && !PyErr_Occurred()) {
        PyObject *made = PyObject_CallOneArg(s->new_entry, token);
        if (made) {
            if (PyDict_SetItem(s->entries, token, made) == 0) found = made;
            Py_DECREF(made);  /* `entries` holds it for the whole scan */
        }
    }
    Py_DECREF(token);
    return found;
}

/* A token's entry, from the table of tokens already seen in this scan (no str is made for
 * them: most of the millions of tokens are), else from Python, then remembered. */
static int lookup(Scan *s, PyObject *text, int kind, const void *data, Py_ssize_t start,
                  Py_ssize_t end, Entry *e) {
    Tokens *t = &s->tokens;
    uint64_t hash = 1469598103934665603ULL;
    for (Py_ssize_t i = start; i < end; i++)
        hash = (hash ^ PyUnicode_READ(kind, data, i)) * 1099511628211ULL;
    Py_ssize_t n = end - start, mask = t->capacity - 1;
    for (Py_ssize_t slot = (Py_ssize_t)(hash & (uint64_t)mask);; slot = (slot + 1) & mask) {
        Slot *found = &t->slots[slot];
        if (found->length == 0) break;  /* empty: a token never seen */
        if (found->hash != hash || found->length != n) continue;
        const Py_UCS4 *chars = t->chars + found->offset;
        Py_ssize_t i = 0;
        while (i < n && chars[i] == PyUnicode_READ(kind, data, start + i)) i++;
        if (i == n) {
            *e = t->entries[found->entry];
            return 0;
        }
    }
    PyObject *entry = python_entry(s, text, start, end);
    if (!entry || read_entry(entry, e) < 0) return -1;
    return remember(t, hash, kind, data, start, end, e);
}

static int append_bytes(PyObject *array, const int32_t *values, Py_ssize_t n) {
    Py_ssize_t size = PyByteArray_GET_SIZE(array);
    if (PyByteArray_Resize(array, size + n * 4) < 0) return -1;
    memcpy(PyByteArray_AS_STRING(array) + size, values, (size_t)n * 4);
    return 0;
}

/* The key ids of the phrases that start at stem position `start`, added to the keys of the
 * text they start in. */
static int add_phrases(Scan *s, Py_ssize_t start, int32_t stamp) {
    Py_ssize_t end = s->stems.size;
    PyObject *window = PyTuple_New(end - start);
    if (!window) return -1;
    for (Py_ssize_t i = start; i < end; i++) {
        int32_t stem = s->stems.data[i];
        PyObject *id = PyLong_FromLong(stem < 0 ? -1 : stem >> 1);
        if (!id) return Py_DECREF(window), -1;
        PyTuple_SET_ITEM(window, i - start, id);
    }
    PyObject *found = PyObject_CallOneArg(s->phrases, window);
    Py_DECREF(window);
    if (!found) return -1;
    PyObject *seq = PySequence_Fast(found, "phrases() returns key ids");
    Py_DECREF(found);
    if (!seq) return -1;
    int in_answer = s->stem_in_answer.data[start];
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        Py_ssize_t key = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(seq, i));
        if (key < 0 || marks_reserve(&s->marks, key) < 0) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "negative key id");
            return Py_DECREF(seq), -1;
        }
        if (s->marks.question[key] == stamp) continue;
        if (in_answer) {
            if (s->marks.answer[key] == stamp) continue;
            s->marks.answer[key] = stamp;
            if (ints_push(&s->answer, (int32_t)key) < 0) return Py_DECREF(seq), -1;
        } else {
            s->marks.question[key] = stamp;
            if (ints_push(&s->question, (int32_t)key) < 0) return Py_DECREF(seq), -1;
            if (s->marks.answer[key] == stamp) {  /* no longer an answer-only key */
                Py_ssize_t k = 0;
                for (Py_ssize_t j = 0; j < s->answer.size; j++)
                    if (s->answer.data[j] != key) s->answer.data[k++] = s->answer.data[j];
                s->answer.size = k;
            }
        }
    }
    Py_DECREF(seq);
    return 0;
}

static int opens(Scan *s, int32_t first, int32_t second) {
    if (first < 0 || second < 0 || !(first & 1)) return 0;
    PyObject *code = PyLong_FromLongLong(((long long)(first >> 1) << 32) | (second >> 1));
    if (!code) return -1;
    int found = PySet_Contains(s->openings, code);
    Py_DECREF(code);
    return found;
}

/* One fact: the characters [pos, length) of `text`. */
static int scan_fact(Scan *s, PyObject *text, Py_ssize_t pos, Py_ssize_t length, int32_t stamp) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t start;
    int asking = 1, in_answer = 0, after_per = 0;
    s->question.size = s->answer.size = s->stems.size = s->stem_in_answer.size = 0;
    s->pending.size = 0;
    while (next_token(kind, data, length, &pos, &start)) {
        Entry e;
        if (lookup(s, text, kind, data, start, pos, &e) < 0) return -1;
        if ((e.flags & FLAG_CENTO) && after_per) e = s->percento;  /* "per cento" is "%" */
        after_per = (e.flags & FLAG_PER_LAST) != 0;
        if (e.flags & FLAG_KEYWORDS) asking = 0;
        if (e.flags & FLAG_ANSWER) in_answer = 1;
        if (byte_mark(s->used, e.index) < 0) return -1;
        if (asking && byte_mark(s->asked, e.index) < 0) return -1;
        for (Py_ssize_t i = 0; i < e.n_keys; i++) {
            int32_t key = e.keys[i];
            if (marks_reserve(&s->marks, key) < 0) return -1;
            if (s->marks.question[key] == stamp) continue;
            if (!in_answer) {
                s->marks.question[key] = stamp;
                if (ints_push(&s->question, key) < 0) return -1;
            } else if (s->marks.answer[key] != stamp) {
                s->marks.answer[key] = stamp;
                if (ints_push(&s->answer, key) < 0) return -1;
            }
        }
        for (Py_ssize_t i = 0; i < e.n_stems; i++) {
            if (s->stems.size) {
                int is_opening = opens(s, s->stems.data[s->stems.size - 1], e.stems[i]);
                if (is_opening < 0) return -1;
                if (is_opening && ints_push(&s->pending, (int32_t)(s->stems.size - 1)) < 0)
                    return -1;
            }
            if (ints_push(&s->stems, e.stems[i]) < 0) return -1;
            if (ints_push(&s->stem_in_answer, in_answer) < 0) return -1;
        }
    }
    for (Py_ssize_t i = 0; i < s->pending.size; i++)
        if (add_phrases(s, s->pending.data[i], stamp) < 0) return -1;
    int32_t sizes[2] = {(int32_t)s->question.size, (int32_t)s->answer.size};
    if (append_bytes(s->postings, s->question.data, s->question.size) < 0) return -1;
    if (append_bytes(s->postings, s->answer.data, s->answer.size) < 0) return -1;
    return append_bytes(s->counts, sizes, 2);
}

static PyObject *scan(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *texts, *percento;
    Scan s;
    memset(&s, 0, sizeof s);
    if (!PyArg_ParseTuple(args, "OO!OOO!O", &texts, &PyDict_Type, &s.entries, &s.new_entry,
                          &percento, &PySet_Type, &s.openings, &s.phrases))
        return NULL;
    if (read_entry(percento, &s.percento) < 0 || tokens_init(&s.tokens) < 0) {
        tokens_free(&s.tokens);
        return NULL;
    }
    PyObject *iterator = PyObject_GetIter(texts), *result = NULL;
    if (!iterator) return tokens_free(&s.tokens), NULL;
    s.postings = PyByteArray_FromStringAndSize(NULL, 0);
    s.counts = PyByteArray_FromStringAndSize(NULL, 0);
    s.asked = PyByteArray_FromStringAndSize(NULL, 0);
    s.used = PyByteArray_FromStringAndSize(NULL, 0);
    if (!s.postings || !s.counts || !s.asked || !s.used) goto done;
    PyObject *text;
    int32_t stamp = 0;
    while ((text = PyIter_Next(iterator))) {
        int failed = !PyUnicode_Check(text);
        if (failed) PyErr_SetString(PyExc_TypeError, "texts must be str");
        Py_ssize_t length = failed ? 0 : PyUnicode_GET_LENGTH(text), pos = 0;
        while (!failed && pos <= length) {  /* facts apart by FACT_BREAK */
            Py_ssize_t end = PyUnicode_FindChar(text, FACT_BREAK, pos, length, 1);
            if (end == -2) {
                failed = 1;
                break;
            }
            if (end == -1) end = length;
            if (stamp == INT32_MAX) {
                PyErr_SetString(PyExc_OverflowError, "too many facts");
                failed = 1;
                break;
            }
            failed = scan_fact(&s, text, pos, end, ++stamp) < 0;
            pos = end + 1;
        }
        Py_DECREF(text);
        if (failed) goto done;
    }
    if (PyErr_Occurred()) goto done;
    result = PyTuple_Pack(4, s.postings, s.counts, s.asked, s.used);
done:
    Py_DECREF(iterator);
    Py_XDECREF(s.postings);
    Py_XDECREF(s.counts);
    Py_XDECREF(s.asked);
    Py_XDECREF(s.used);
    PyMem_Free(s.marks.question);
    PyMem_Free(s.marks.answer);
    PyMem_Free(s.question.data);
    PyMem_Free(s.answer.data);
    PyMem_Free(s.stems.data);
    PyMem_Free(s.stem_in_answer.data);
    PyMem_Free(s.pending.data);
    tokens_free(&s.tokens);
    return result;
}

/* group(postings, counts, keys) -> (docs, fields, ends): the postings of `scan` grouped by
 * key in one counting pass. docs: int32 fact indexes, ascending within each key; fields:
 * one byte per posting, 1 when the key is only in the fact's answer; ends: int64, the end
 * of each key's slice. */
static PyObject *group(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer postings, counts;
    Py_ssize_t n_keys;
    if (!PyArg_ParseTuple(args, "y*y*n", &postings, &counts, &n_keys)) return NULL;
    PyObject *docs = NULL, *fields = NULL, *ends = NULL, *result = NULL;
    int64_t *next = NULL;
    const int32_t *keys = postings.buf, *sizes = counts.buf;
    Py_ssize_t n = postings.len / 4, facts = counts.len / 8, total = 0;
    for (Py_ssize_t f = 0; f < 2 * facts; f++) total += sizes[f] < 0 ? n + 1 : sizes[f];
    if (n_keys < 0 || total != n) {
        PyErr_SetString(PyExc_ValueError, "counts do not add up to the postings");
        goto done;
    }
    ends = PyBytes_FromStringAndSize(NULL, n_keys * 8);
    docs = PyBytes_FromStringAndSize(NULL, n * 4);
    fields = PyBytes_FromStringAndSize(NULL, n);
    next = PyMem_Calloc((size_t)(n_keys ? n_keys : 1), sizeof(int64_t));
    if (!ends || !docs || !fields || !next) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    int out_of_range = 0;
    int64_t *end = (int64_t *)PyBytes_AS_STRING(ends);
    int32_t *doc = (int32_t *)PyBytes_AS_STRING(docs);
    char *field = PyBytes_AS_STRING(fields);
    /* Plain C on memory nobody else may resize (the buffers are exported): the bot's other
     * threads keep answering while a reload groups millions of postings. */
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n && !out_of_range; i++) {
        if (keys[i] < 0 || keys[i] >= n_keys) out_of_range = 1;
        else next[keys[i]]++;
    }
    if (!out_of_range) {
        int64_t sum = 0;
        for (Py_ssize_t k = 0; k < n_keys; k++) {
            int64_t size = next[k];
            next[k] = sum;  /* where the key's next posting goes */
            sum += size;
            end[k] = sum;
        }
        Py_ssize_t i = 0;
        for (Py_ssize_t f = 0; f < facts; f++) {
            for (int part = 0; part < 2; part++) {
                for (int32_t j = 0; j < sizes[2 * f + part]; j++, i++) {
                    int64_t at = next[keys[i]]++;
                    doc[at] = (int32_t)f;
                    field[at] = (char)part;
                }
            }
        }
    }
    Py_END_ALLOW_THREADS
    if (out_of_range) {
        PyErr_SetString(PyExc_ValueError, "a key id out of range");
        goto done;
    }
    result = PyTuple_Pack(3, docs, fields, ends);
done:
    PyBuffer_Release(&postings);
    PyBuffer_Release(&counts);
    PyMem_Free(next);
    Py_XDECREF(docs);
    Py_XDECREF(fields);
    Py_XDECREF(ends);
    return result;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS, "Every fact's question keys and answer-only keys."},
    {"group", group, METH_VARARGS, "The postings grouped by key."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_scan", NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__scan(void) { return PyModule_Create(&module); }
