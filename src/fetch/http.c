/*
 * http.c: transfers with libcurl's multi interface.  A few at a time, at
 * most a couple per host (queued here, so that a transfer's timeout starts
 * when it starts), http and https only (also after redirects), bounded in
 * time, in bytes on the wire and in bytes after gzip/deflate.
 *
 * libcurl is loaded (dlopen) when a URL is first checked or fetched, not
 * linked: it brings some thirty libraries (TLS, Kerberos, LDAP...), and
 * loading them was most of the start-up time of every khabar command,
 * two thirds of a search's 14 ms of CPU on the shortest queries.
 */
#include "config.h"
#include <ctype.h>
#define CURL_DISABLE_TYPECHECK 1 /* its macros would hide the functions called through lc */
#include <curl/curl.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fetch/fetch.h"

#define MB (1024 * 1024)

/* The functions of libcurl khabar calls, loaded by curl_load. */
#define CURL_FUNCTIONS(X) X(curl_easy_setopt) X(curl_easy_getinfo) X(curl_url_get) X(curl_free) \
	X(curl_url_set) X(curl_url_cleanup) X(curl_url) X(curl_slist_append) X(curl_getdate)      \
	X(curl_slist_free_all) X(curl_multi_remove_handle) X(curl_multi_poll)                      \
	X(curl_multi_perform) X(curl_multi_init) X(curl_multi_info_read) X(curl_multi_cleanup)     \
	X(curl_multi_add_handle) X(curl_global_init) X(curl_easy_strerror) X(curl_easy_init)      \
	X(curl_easy_header) X(curl_easy_cleanup)
#define CURL_POINTER(name) __typeof__(name) *name;
static struct {
	CURL_FUNCTIONS(CURL_POINTER)
} lc;

/* Load libcurl once; false with *cause when it cannot be. */
static bool
curl_load(char **cause)
{
	static const char *const names[] = { "libcurl.so.4", "libcurl-gnutls.so.4" };
	static void *so;
	size_t i;

	for (i = 0; so == NULL && i < sizeof names / sizeof names[0]; i++)
		so = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (so == NULL) {
		*cause = xasprintf("libcurl cannot be loaded: %s", dlerror());
		return false;
	}
#define CURL_LOAD(name)                                                                     \
	if (lc.name == NULL && (*(void **)&lc.name = dlsym(so, #name)) == NULL) {          \
		*cause = xstrdup("libcurl has no " #name " (too old a libcurl)");          \
		return false;                                                              \
	}
	CURL_FUNCTIONS(CURL_LOAD)
#undef CURL_LOAD
	return true;
}

/* One running transfer. */
struct xfer {
	struct fetch_req *r;
	CURL *h;
	char *host;
	struct buf body;
	struct curl_slist *headers;
	const struct fetch_limits *l;
	bool raw_over, decoded_over; /* a size limit stopped it */
	char errbuf[CURL_ERROR_SIZE];
};

void
fetch_limits_default(struct fetch_limits *l)
{
	const char *t = getenv("KHABAR_FETCH_TIMEOUT"), *b = getenv("KHABAR_FETCH_MAX_BYTES");
	const char *e = getenv("KHABAR_FETCH_MAX_ENTRIES"), *pg = getenv("KHABAR_FETCH_MAX_PAGES");

	l->connect_ms = 10000;
	l->total_ms = 60000;
	l->max_body = 10 * MB;
	l->max_decoded = 20 * MB;
	l->max_redirects = 5;
	l->parallel = 6;
	l->per_host = 2;
	l->max_entries = 500;
	l->full_text_pages = 50;
	if (t != NULL && atof(t) > 0) {
		l->connect_ms = l->total_ms = (long)(atof(t) * 1000);
	}
	if (e != NULL && atol(e) > 0)
		l->max_entries = (size_t)atol(e);
	if (pg != NULL && atoi(pg) > 0)
		l->full_text_pages = atoi(pg);
	if (b != NULL && atol(b) > 0) {
		l->max_body = (size_t)atol(b);
		l->max_decoded = 2 * l->max_body;
	}
}

bool
fetch_url_ok(const char *url, char **why)
{
	char *scheme = NULL, *host = NULL;
	bool ok = false;
	CURLU *u;

	if (!curl_load(why))
		return false;
	if ((u = lc.curl_url()) == NULL) {
		*why = xstrdup("out of memory");
		return false;
	}
	if (lc.curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK)
		*why = xasprintf("'%s' is not a URL", url);
	else if (lc.curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
		 (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0))
		*why = xasprintf("'%s': only http and https URLs can be fetched", url);
	else if (lc.curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || host[0] == '\0')
		*why = xasprintf("'%s' has no host", url);
	else
		ok = true;
	lc.curl_free(scheme);
	lc.curl_free(host);
	lc.curl_url_cleanup(u);
	return ok;
}

/* The host of a URL (lower case as curl gives it), or "" (caller frees). */
static char *
url_host(const char *url)
{
	CURLU *u = lc.curl_url();
	char *host = NULL, *out;

	if (u && lc.curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK)
		lc.curl_url_get(u, CURLUPART_HOST, &host, 0);
	out = xstrdup(host ? host : "");
	lc.curl_free(host);
	lc.curl_url_cleanup(u);
	return out;
}

static size_t
on_write(char *p, size_t size, size_t n, void *ctx)
{
	struct xfer *x = ctx;

	if (x->body.len + n > x->l->max_decoded) {
		x->decoded_over = true;
		return 0; /* stops the transfer */
	}
	buf_add(&x->body, p, n);
	return n;
}

/* Bytes on the wire (before decoding) so far: past the limit stops it. */
static int
on_progress(void *ctx, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow)
{
	struct xfer *x = ctx;

	if (dlnow > 0 && (size_t)dlnow > x->l->max_body) {
		x->raw_over = true;
		return 1;
	}
	return 0;
}

/* A header line of the last response, control characters dropped; or NULL. */
static char *
last_header(CURL *h, const char *name)
{
	struct curl_header *hd = NULL;
	struct buf b;
	const char *p;

	if (lc.curl_easy_header(h, name, 0, CURLH_HEADER, -1, &hd) != CURLHE_OK || hd == NULL)
		return NULL;
	buf_init(&b);
	for (p = hd->value; *p; p++)
		if ((unsigned char)*p >= 0x20 && *p != 0x7f)
			buf_addc(&b, *p);
	if (b.len == 0 || b.len > 1024) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

static struct xfer *
xfer_start(CURLM *m, struct fetch_req *r, const struct fetch_limits *l)
{
	struct xfer *x = xcalloc(1, sizeof *x);
	char *line;

	x->r = r;
	x->l = l;
	x->host = url_host(r->url);
	buf_init(&x->body);
	x->h = lc.curl_easy_init();
	if (x->h == NULL) {
		r->error = xstrdup("libcurl cannot start a transfer");
		return x;
	}
	lc.curl_easy_setopt(x->h, CURLOPT_URL, r->url);
	lc.curl_easy_setopt(x->h, CURLOPT_PROTOCOLS_STR, "http,https");
	lc.curl_easy_setopt(x->h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	lc.curl_easy_setopt(x->h, CURLOPT_FOLLOWLOCATION, 1L);
	lc.curl_easy_setopt(x->h, CURLOPT_MAXREDIRS, l->max_redirects);
	lc.curl_easy_setopt(x->h, CURLOPT_CONNECTTIMEOUT_MS, l->connect_ms);
	lc.curl_easy_setopt(x->h, CURLOPT_TIMEOUT_MS, l->total_ms);
	lc.curl_easy_setopt(x->h, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
	lc.curl_easy_setopt(x->h, CURLOPT_USERAGENT, "khabar/" PACKAGE_VERSION " (feed reader)");
	lc.curl_easy_setopt(x->h, CURLOPT_NOSIGNAL, 1L);
	lc.curl_easy_setopt(x->h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)l->max_body);
	lc.curl_easy_setopt(x->h, CURLOPT_WRITEFUNCTION, on_write);
	lc.curl_easy_setopt(x->h, CURLOPT_WRITEDATA, x);
	lc.curl_easy_setopt(x->h, CURLOPT_NOPROGRESS, 0L);
	lc.curl_easy_setopt(x->h, CURLOPT_XFERINFOFUNCTION, on_progress);
	lc.curl_easy_setopt(x->h, CURLOPT_XFERINFODATA, x);
	lc.curl_easy_setopt(x->h, CURLOPT_ERRORBUFFER, x->errbuf);
	lc.curl_easy_setopt(x->h, CURLOPT_PRIVATE, x);
	if (r->etag) {
		line = xasprintf("If-None-Match: %s", r->etag);
		x->headers = lc.curl_slist_append(x->headers, line);
		free(line);
	}
	if (r->last_modified) {
		line = xasprintf("If-Modified-Since: %s", r->last_modified);
		x->headers = lc.curl_slist_append(x->headers, line);
		free(line);
	}
	if (x->headers)
		lc.curl_easy_setopt(x->h, CURLOPT_HTTPHEADER, x->headers);
	if (lc.curl_multi_add_handle(m, x->h) != CURLM_OK)
		r->error = xstrdup("libcurl cannot start a transfer");
	return x;
}

static bool
is_tls_error(CURLcode rc)
{
	switch (rc) {
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ENGINE_NOTFOUND:
	case CURLE_SSL_ENGINE_SETFAILED:
	case CURLE_SSL_ENGINE_INITFAILED:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
	case CURLE_SSL_CRL_BADFILE:
	case CURLE_SSL_SHUTDOWN_FAILED:
	case CURLE_USE_SSL_FAILED:
		return true;
	default:
		return false;
	}
}

/* Why a transfer failed, in words a user can act on. */
static char *
describe(struct xfer *x, CURLcode rc)
{
	const char *detail = x->errbuf[0] ? x->errbuf : lc.curl_easy_strerror(rc);

	if (x->raw_over || rc == CURLE_FILESIZE_EXCEEDED)
		return xasprintf("response larger than the limit of %zu bytes", x->l->max_body);
	if (x->decoded_over)
		return xasprintf("response larger than %zu bytes once decompressed (the limit)",
				 x->l->max_decoded);
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		return xasprintf("DNS: cannot resolve %s", x->host);
	case CURLE_COULDNT_RESOLVE_PROXY:
		return xasprintf("DNS: cannot resolve the proxy: %s", detail);
	case CURLE_COULDNT_CONNECT:
		return xasprintf("cannot connect: %s", detail);
	case CURLE_OPERATION_TIMEDOUT:
		return xasprintf("timeout: %s", detail);
	case CURLE_TOO_MANY_REDIRECTS:
		return xasprintf("too many redirects (more than %ld)", x->l->max_redirects);
	case CURLE_UNSUPPORTED_PROTOCOL:
		return xasprintf("refused: only http and https are fetched (%s)", detail);
	case CURLE_BAD_CONTENT_ENCODING:
		return xasprintf("bad compressed data: %s", detail);
	default:
		if (is_tls_error(rc))
			return xasprintf("TLS: %s", detail);
		return xasprintf("%s", detail);
	}
}

/* Seconds from a header that is a number of seconds or an HTTP date; -1: none. */
static long
header_seconds(CURL *h, const char *name, time_t base)
{
	char *v = last_header(h, name), *end;
	long n = -1;

	if (v == NULL)
		return -1;
	errno = 0;
	n = strtol(v, &end, 10);
	if (end == v || *end != '\0' || errno != 0 || n < 0) {
		time_t t = lc.curl_getdate(v, NULL);

		n = t == -1 ? -1 : t > base ? (long)(t - base) : 0;
	}
	free(v);
	return n;
}

/* Cache-Control max-age, else Expires less Date; -1: none. */
static long
max_age_of(CURL *h)
{
	char *cc = last_header(h, "Cache-Control"), *p, *date;
	time_t base = time(NULL);
	long n = -1;

	if (cc != NULL && (p = strcasestr(cc, "max-age=")) != NULL && isdigit((unsigned char)p[8])) {
		errno = 0;
		n = strtol(p + 8, NULL, 10);
		if (errno != 0)
			n = -1;
	}
	if (cc != NULL && (strcasestr(cc, "no-cache") || strcasestr(cc, "no-store")))
		n = 0;
	free(cc);
	if (n >= 0)
		return n;
	if ((date = last_header(h, "Date")) != NULL) {
		time_t t = lc.curl_getdate(date, NULL);

		if (t != -1)
			base = t;
		free(date);
	}
	return header_seconds(h, "Expires", base);
}

/* A transfer ended: fill in its request's results. */
static void
xfer_finish(struct xfer *x, CURLcode rc)
{
	struct fetch_req *r = x->r;
	char *ct = NULL, *url = NULL;

	lc.curl_easy_getinfo(x->h, CURLINFO_RESPONSE_CODE, &r->status);
	if (lc.curl_easy_getinfo(x->h, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK && url)
		r->final_url = xstrdup(url);
	if (rc != CURLE_OK) {
		r->error = describe(x, rc);
		return;
	}
	r->max_age = max_age_of(x->h);
	if (r->status == 429 || r->status == 503)
		r->retry_after = header_seconds(x->h, "Retry-After", time(NULL));
	if (r->status >= 400 || (r->status >= 300 && r->status != 304)) {
		r->error = xasprintf("HTTP %ld", r->status);
		return;
	}
	if (r->status == 304)
		return;
	if (lc.curl_easy_getinfo(x->h, CURLINFO_CONTENT_TYPE, &ct) == CURLE_OK && ct)
		r->content_type = xstrdup(ct);
	r->etag_out = last_header(x->h, "ETag");
	r->last_modified_out = last_header(x->h, "Last-Modified");
	buf_addc(&x->body, '\0');
	r->len = x->body.len - 1;
	r->body = buf_detach(&x->body);
}

static void
xfer_free(CURLM *m, struct xfer *x)
{
	if (x->h) {
		lc.curl_multi_remove_handle(m, x->h);
		lc.curl_easy_cleanup(x->h);
	}
	lc.curl_slist_free_all(x->headers);
	buf_free(&x->body);
	free(x->host);
	free(x);
}

/* How many running transfers go to host. */
static int
host_load(struct xfer **run, int nrun, const char *host)
{
	int i, k = 0;

	for (i = 0; i < nrun; i++)
		k += strcmp(run[i]->host, host) == 0;
	return k;
}

static void
drop(struct xfer **run, int *nrun, struct xfer *x)
{
	int i;

	for (i = 0; i < *nrun; i++)
		if (run[i] == x) {
			run[i] = run[--*nrun];
			return;
		}
}

int
fetch_http(struct fetch_req *reqs, size_t n, const struct fetch_limits *l,
	   void (*done)(void *ctx, struct fetch_req *r), void *ctx, char **cause)
{
	static bool inited;
	int parallel = l->parallel > 0 ? l->parallel : 1, per_host = l->per_host > 0 ? l->per_host : 1;
	struct xfer **run;
	bool *started;
	size_t i, finished = 0;
	int nrun = 0, still;
	CURLM *m;

	if (!curl_load(cause))
		return -1;
	if (!inited) {
		lc.curl_global_init(CURL_GLOBAL_DEFAULT);
		inited = true;
	}
	if ((m = lc.curl_multi_init()) == NULL) {
		*cause = xstrdup("libcurl cannot start");
		return -1;
	}
	run = xcalloc((size_t)parallel, sizeof *run);
	started = xcalloc(n ? n : 1, sizeof *started);
	for (i = 0; i < n; i++)
		reqs[i].max_age = reqs[i].retry_after = -1;
	while (finished < n) {
		CURLMsg *msg;

		/* Start what the limits allow, in order. */
		for (i = 0; i < n && nrun < parallel; i++) {
			struct xfer *x;
			char *host;

			if (started[i])
				continue;
			host = url_host(reqs[i].url);
			if (host_load(run, nrun, host) >= per_host) {
				free(host);
				continue;
			}
			free(host);
			started[i] = true;
			x = xfer_start(m, &reqs[i], l);
			if (reqs[i].error) { /* could not even start */
				xfer_free(m, x);
				finished++;
				done(ctx, &reqs[i]);
				continue;
			}
			run[nrun++] = x;
		}
		lc.curl_multi_perform(m, &still);
		while ((msg = lc.curl_multi_info_read(m, &still)) != NULL) {
			struct xfer *x = NULL;
			struct fetch_req *r;

			if (msg->msg != CURLMSG_DONE)
				continue;
			lc.curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&x);
			xfer_finish(x, msg->data.result);
			r = x->r;
			drop(run, &nrun, x);
			xfer_free(m, x);
			finished++;
			done(ctx, r);
		}
		if (finished < n)
			lc.curl_multi_poll(m, NULL, 0, 200, NULL);
	}
	free(run);
	free(started);
	lc.curl_multi_cleanup(m);
	return 0;
}

void
fetch_req_clear(struct fetch_req *r)
{
	free(r->body);
	free(r->etag_out);
	free(r->last_modified_out);
	free(r->content_type);
	free(r->final_url);
	free(r->error);
	r->body = r->etag_out = r->last_modified_out = r->content_type = r->final_url = r->error = NULL;
	r->len = 0;
	r->status = 0;
}
