import { mountApp } from '../ui/mount';
import { SidePanelApp } from './SidePanelApp';
import './sidepanel.css';

mountApp(SidePanelApp);
