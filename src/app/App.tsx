import { useEffect, useRef } from 'preact/hooks';
import { t } from '../locale';
import { paths } from '../ui/paths';
import { ClubListScreen } from '../ui/clubs/ClubListScreen';
import { useRoute, type Route } from './router';
import { lazyScreen } from './lazy-screen';
import { StorageBanner } from './StorageBanner';
import { OfflineReadyNote, UpdateBanner } from './UpdateBanner';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'clubs':
      return <ClubListScreen />;
    case 'new-club':
      return <ClubFormScreen />;
    case 'club':
      return <ClubScreen clubId={route.clubId} />;
    case 'edit-club':
      return <ClubFormScreen clubId={route.clubId} />;
    case 'start-assessment':
      return <StartScreen clubId={route.clubId} />;
    case 'area':
      return <AssessmentScreen assessmentId={route.assessmentId} areaIndex={route.areaIndex} />;
    case 'summary':
      return <SummaryScreen assessmentId={route.assessmentId} />;
    case 'share':
      return <ExportScreen assessmentId={route.assessmentId} />;
    case 'progress':
      return <ProgressScreen clubId={route.clubId} />;
    case 'round':
      return <RoundScreen assessmentId={route.assessmentId} />;
    case 'round-spread':
      return <SpreadScreen assessmentId={route.assessmentId} />;
    case 'round-big':
      return <BigScreen assessmentId={route.assessmentId} />;
    case 'round-pass':
      return <PassPhoneScreen assessmentId={route.assessmentId} />;
    case 'join':
      return <JoinScreen />;
    case 'language':
      return <LanguageScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'office':
      return <OfficeScreen />;
    case 'not-found':
      return (
        <p role="alert">
          {t.app.notFound} <a href={paths.home()}>{t.app.toStart}</a>
        </p>
      );
  }
}

// Every screen but the club list loads with its own code and stylesheet, so the
// first screen carries only what it shows. The screens of a meeting (a club,
// its form, starting, filling in and finishing an assessment) are loaded as
// soon as the browser is idle after the first screen (preloadMeetingScreens),
// so that they open at once and offline.
const ClubScreen = lazyScreen(() => import('../ui/clubs/ClubScreen').then((m) => m.ClubScreen));
const ClubFormScreen = lazyScreen(() =>
  import('../ui/clubs/ClubFormScreen').then((m) => m.ClubFormScreen),
);
const StartScreen = lazyScreen(() =>
  import('../ui/assessment/StartScreen').then((m) => m.StartScreen),
);
const AssessmentScreen = lazyScreen(() =>
  import('../ui/assessment/AssessmentScreen').then((m) => m.AssessmentScreen),
);
const SummaryScreen = lazyScreen(() =>
  import('../ui/assessment/SummaryScreen').then((m) => m.SummaryScreen),
);

/** Loads the screens of a meeting once the browser has nothing else to do. */
function preloadMeetingScreens(): () => void {
  const preload = () =>
    [ClubScreen, ClubFormScreen, StartScreen, AssessmentScreen, SummaryScreen].forEach((s) =>
      s.preload(),
    );
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(preload, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(preload, 200);
  return () => clearTimeout(timer);
}

// Screens that only some visits open: the progress charts, the files that
// leave the device (zod, the PDF button), the settings.
const ProgressScreen = lazyScreen(() =>
  import('../ui/progress/ProgressScreen').then((m) => m.ProgressScreen),
);
const ExportScreen = lazyScreen(
  () => import('../ui/export/ExportScreen').then((m) => m.ExportScreen),
  { fileMessages: true },
);
const SettingsScreen = lazyScreen(
  () => import('../ui/settings/SettingsScreen').then((m) => m.SettingsScreen),
  { fileMessages: true },
);

const LanguageScreen = lazyScreen(() =>
  import('../ui/settings/LanguageScreen').then((m) => m.LanguageScreen),
);

// A round at the meeting: the QR code, the camera, the spread (and their texts).
const RoundScreen = lazyScreen(() => import('../ui/round/RoundScreen').then((m) => m.RoundScreen), {
  fileMessages: true,
});
const SpreadScreen = lazyScreen(
  () => import('../ui/round/SpreadScreen').then((m) => m.SpreadScreen),
  { fileMessages: true },
);
const BigScreen = lazyScreen(() => import('../ui/round/BigScreen').then((m) => m.BigScreen), {
  fileMessages: true,
});
const PassPhoneScreen = lazyScreen(
  () => import('../ui/round/PassPhoneScreen').then((m) => m.PassPhoneScreen),
  { fileMessages: true },
);
const JoinScreen = lazyScreen(() => import('../ui/round/JoinScreen').then((m) => m.JoinScreen), {
  fileMessages: true,
});

// The Integrationsbüro view (aggregation, charts, CSV, zod for the file checks).
const OfficeScreen = lazyScreen(
  () => import('../ui/office/OfficeScreen').then((m) => m.OfficeScreen),
  { fileMessages: true },
);

/** One screen instance per subject: another club or assessment gets a fresh screen. */
function screenKey(route: Route): string {
  return route.name === 'area' ? `area:${route.assessmentId}` : JSON.stringify(route);
}

/** Moves focus to the new screen's heading once it is rendered, and scrolls to the top. */
function useFocusOnRouteChange(route: Route) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    scrollTo(0, 0);
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const heading = document.getElementById('screen-title');
      if (heading) heading.focus({ preventScroll: true });
      else if (tries++ < 30) frame = requestAnimationFrame(focus);
    };
    frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [route]);
}

/** The shell: header, banners, the current screen. */
export function App() {
  const route = useRoute();
  useFocusOnRouteChange(route);
  useEffect(preloadMeetingScreens, []);
  return (
    <>
      <a class="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header class="app-header">
        <a
          class="brand"
          href={paths.home()}
          aria-current={route.name === 'clubs' ? 'page' : undefined}
        >
          <span class="brand-lights" aria-hidden="true">
            <i class="dot red" />
            <i class="dot yellow" />
            <i class="dot green" />
          </span>
          {t.app.name}
        </a>
        <nav aria-label={t.app.nav}>
          <a
            class="nav-link wide-only"
            href={paths.office()}
            aria-current={route.name === 'office' ? 'page' : undefined}
          >
            {t.entry.officeShort}
          </a>
          <a
            class="nav-link"
            href={paths.settings()}
            aria-current={route.name === 'settings' ? 'page' : undefined}
          >
            {t.app.settings}
          </a>
        </nav>
      </header>
      <div class="toasts">
        <UpdateBanner />
        <StorageBanner />
      </div>
      <main id="main" tabIndex={-1}>
        <Screen key={screenKey(route)} route={route} />
        <OfflineReadyNote />
      </main>
    </>
  );
}
