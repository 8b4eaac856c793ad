import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Menu } from 'react-admin';

/** The resources' entries, plus the live calls view (a page of the calls resource, not a resource of its own). */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.Item to="/calls/live" primaryText="Live calls" leftIcon={<RecordVoiceOverIcon />} />
      <Menu.ResourceItems />
    </Menu>
  );
}
